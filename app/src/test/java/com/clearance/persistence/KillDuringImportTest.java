package com.clearance.persistence;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of an import: a child JVM records a decision, then keeps writing contracts until it is killed
 * forcibly. The database must open normally afterwards with the decision in it.
 */
class KillDuringImportTest {

    @Test
    void aDecisionRecordedBeforeAKillSurvivesAndTheDatabaseOpens(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("store");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("importing")) {
                // wait until the decision is committed and the import loop has started
            }
            assertThat(line).isEqualTo("importing");
            Thread.sleep(300);
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        try (Database reopened = Database.open(db)) {
            DecisionRepository decisions = new DecisionRepository(reopened.dataSource());
            ContractRepository contracts = new ContractRepository(reopened.dataSource());
            long first = contracts.findAll().stream().mapToLong(ContractRecord::id).min().orElseThrow();
            assertThat(decisions.current(first, "training-use").orElseThrow().decision()).isEqualTo(DecisionKind.NEGOTIATE);
            assertThat(decisions.history(first, "training-use")).hasSize(1);
            assertThat(contracts.findAll().size()).isGreaterThan(1);
        }
    }

    @Test
    void decisionsChecksAndTicketsReportedSavedSurviveAKillWhileTheProcessIdles(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("store");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IdleChild.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("saved")) {
                // wait until every write has been reported saved
            }
            assertThat(line).isEqualTo("saved");
            child.destroyForcibly(); // no further write, no close: only what each commit forced to disk is there
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        try (Database reopened = Database.open(db)) {
            long contract = new ContractRepository(reopened.dataSource()).findAll().get(0).id();
            assertThat(new DecisionRepository(reopened.dataSource()).current(contract, "training-use")).isPresent();
            assertThat(new ItemStateRepository(reopened).states("inbox").get("pre-pin-model").completion().by())
                    .isEqualTo("Ben");
            assertThat(new TicketRepository(reopened).tickets("inbox")).singleElement()
                    .satisfies(t -> assertThat(t.category()).isEqualTo("billing-session"));
        }
    }

    /** Writes one of each kind of record, says so, then idles until it is killed. */
    public static final class IdleChild {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]));
            long id = new ContractRepository(db.dataSource())
                    .insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF, 1, "b", "{}", Instant.now()).id();
            new DecisionRepository(db.dataSource()).record(id, "training-use", DecisionKind.NEGOTIATE, "n", "Dana", Instant.now());
            new LaunchRepository(db, java.time.Clock.systemUTC()).create(new com.clearance.runbook.Launch("inbox", "Inbox",
                    java.time.LocalDate.of(2026, 3, 2), "first-100-tickets", java.util.List.of(), java.util.List.of()));
            new ItemStateRepository(db).complete("inbox", "pre-pin-model",
                    new com.clearance.runbook.Completion("Ben", Instant.now(), "pinned", null, null), null);
            TicketRepository tickets = new TicketRepository(db);
            tickets.save("inbox", java.util.List.of(new com.clearance.runbook.Ticket("AIA-1", "Spend 4x", "", null)),
                    java.util.List.of(new com.clearance.runbook.Classification("AIA-1", "cost-spike", 8, null,
                            java.util.List.of("spend"))), "a.csv", Instant.now());
            tickets.correct("inbox", "AIA-1", "billing-session", "Ana", Instant.now(), null);
            System.out.println("saved");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** The process that gets killed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]));
            ContractRepository contracts = new ContractRepository(db.dataSource());
            long id = contracts.insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF, 1, "b", "{}", Instant.now()).id();
            new DecisionRepository(db.dataSource()).record(id, "training-use", DecisionKind.NEGOTIATE, "n", "Dana", Instant.now());
            System.out.println("importing");
            System.out.flush();
            String body = "x".repeat(200_000);
            for (int i = 0; ; i++) {
                contracts.insert("Bulk", "bulk-" + i + ".pdf", "/bulk", "s" + i, DocumentFormat.PDF, 50, body, "{}", Instant.now());
            }
        }
    }
}

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

package com.clearance.cli;

import com.clearance.domain.DecisionKind;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.DecisionRepository;
import com.clearance.persistence.TestDatabases;
import com.clearance.service.LaunchService;
import com.clearance.service.SampleContract;
import com.clearance.service.StoredContractAudits;
import com.clearance.service.TemplateCatalog;
import com.clearance.library.ChecklistLoader;
import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.clearance.cli.DbCopyFixture.copy;
import static com.clearance.cli.DbCopyFixture.counts;
import static com.clearance.cli.DbCopyFixture.launches;
import static com.clearance.cli.DbCopyFixture.populate;
import static org.assertj.core.api.Assertions.assertThat;

/** db copy moves a populated H2 file into the target (the team database, or another file); a second run adds nothing. */
@ParameterizedClass(name = "into {0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class DbCopyTest {

    @Parameter
    TestDatabases.Backend backend;

    @Test
    void aPopulatedFileIsCopiedWholeAndASecondRunCopiesNothingTwice(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("mine/clearance");
        populate(dir, source);
        TestDatabases.Target target = TestDatabases.create(backend, dir.resolve("team"));
        Map<String, Integer> before;
        try (Database s = Database.open(source)) {
            before = counts(s);
        }

        StringWriter out = new StringWriter();
        CommandLine cli = ClearanceCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("db", "copy", "--from", source.toString(), "--to", target.dbOption())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Copied 2 contracts and 1 launches");

        try (Database t = target.open()) {
            assertThat(counts(t)).isEqualTo(before);
            List<ContractRecord> copied = new ContractRepository(t).findAll();
            ContractRecord newer = copied.stream().filter(c -> c.supersedesId() != null).findFirst().orElseThrow();
            assertThat(new ContractRepository(t).find(newer.supersedesId())).isPresent();
            long northwind = copied.stream().filter(c -> c.documentName().equals(SampleContract.FILE_NAME)).findFirst()
                    .orElseThrow().id();
            assertThat(new DecisionRepository(t).current(northwind, "training-use").orElseThrow().reviewer()).isEqualTo("Dana");
            assertThat(new DecisionRepository(t).history(northwind, null).get(2).undoesEventId())
                    .isEqualTo(new DecisionRepository(t).history(northwind, null).get(1).id());
            assertThat(new AuditRepository(t).latest(northwind).orElseThrow().result().findings()).hasSizeGreaterThanOrEqualTo(17);
            LaunchService launches = new LaunchService(t, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                    new StoredContractAudits(new ContractRepository(t), new AuditRepository(t)), Clock.systemUTC());
            assertThat(launches.launch("assistant").contractIds()).containsExactly(String.valueOf(northwind));
            var pinned = launches.status("assistant", LocalDate.of(2026, 11, 1)).items().stream()
                    .filter(i -> i.item().id().equals("pre-pin-model")).findFirst().orElseThrow();
            assertThat(pinned.state()).isEqualTo(com.clearance.runbook.ItemStatus.State.DONE);
            String ref = pinned.recorded().completion().attachmentRef();
            assertThat(new String(launches.attachment(Long.parseLong(ref.substring("attachment:".length())))
                    .orElseThrow().content())).isEqualTo("pinned");
            assertThat(launches.tickets("assistant")).hasSize(1);
        }

        out.getBuffer().setLength(0);
        assertThat(cli.execute("db", "copy", "--from", source.toString(), "--to", target.dbOption())).isZero();
        assertThat(out.toString()).contains("Copied 0 contracts and 0 launches")
                .contains("2 contracts and 1 launches were copied before: nothing new in them.");
        try (Database t = target.open()) {
            assertThat(counts(t)).isEqualTo(before);
        }
    }

    @Test
    void aSecondRunAfterMoreWorkInTheFileAddsOnlyWhatIsNew(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("mine/clearance");
        populate(dir, source);
        TestDatabases.Target target = TestDatabases.create(backend, dir.resolve("team"));
        assertThat(copy(source, target)).contains("Copied 2 contracts and 1 launches");

        List<String> worked = workMore(dir, source);
        String second = copy(source, target);

        assertThat(second).contains("Copied 1 contracts and 0 launches").contains("2 contracts and 1 launches were"
                + " copied before: added what was new in them, 1 audits, 2 decision changes, 1 renames or deletions,"
                + " 1 launch members, 2 runbook changes, 2 tickets, 1 ticket corrections; updated 1 vendor names,"
                + " 2 current decisions, 2 runbook item states.");
        Map<String, Integer> inSource;
        try (Database s = Database.open(source)) {
            inSource = counts(s);
        }
        try (Database t = target.open()) {
            assertThat(counts(t)).isEqualTo(inSource);
            ContractRepository contracts = new ContractRepository(t);
            long northwind = contracts.findAll().stream().filter(c -> c.documentName().equals(SampleContract.FILE_NAME))
                    .findFirst().orElseThrow().id();
            DecisionRepository decisions = new DecisionRepository(t);
            assertThat(decisions.current(northwind, "training-use").orElseThrow().decision()).isEqualTo(DecisionKind.ACCEPT);
            assertThat(decisions.current(northwind, "data-residency").orElseThrow().note()).isEqualTo("EU only");
            assertThat(decisions.history(northwind, null)).hasSize(5);
            assertThat(new AuditRepository(t).history(northwind)).hasSize(2);
            assertThat(contracts.findAll()).extracting(ContractRecord::vendor).contains("Northwind Cloud (2026 terms)");
            LaunchService launches = launches(t);
            var status = launches.status("assistant", LocalDate.of(2026, 11, 1)).items();
            assertThat(status).filteredOn(i -> i.item().id().equals(worked.get(0))).singleElement()
                    .extracting(i -> i.state()).isEqualTo(ItemStatus.State.WAIVED);
            assertThat(status).filteredOn(i -> i.item().id().equals(worked.get(1))).singleElement()
                    .extracting(i -> i.state()).isEqualTo(ItemStatus.State.DONE);
            assertThat(launches.launch("assistant").members()).contains(new Member("Lee", "eng-lead"));
            assertThat(launches.tickets("assistant")).extracting(tk -> tk.ticket().id()).containsExactlyInAnyOrder("AI-1", "AI-2");
        }

        String third = copy(source, target);
        assertThat(third).contains("Copied 0 contracts and 0 launches")
                .contains("3 contracts and 1 launches were copied before: nothing new in them.");
        try (Database t = target.open()) {
            assertThat(counts(t)).isEqualTo(inSource);
        }
    }

    @Test
    void aTargetCopiedByAnEarlierVersionGetsNothingTwice(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("mine/clearance");
        populate(dir, source);
        TestDatabases.Target target = TestDatabases.create(backend, dir.resolve("team"));
        copy(source, target);
        Map<String, Integer> copied;
        try (Database t = target.open(); Connection c = t.dataSource().getConnection()) {
            // the first version of db copy remembered only contracts and launches, not the rows under them
            c.createStatement().executeUpdate("DELETE FROM copied_rows WHERE table_name NOT IN ('contracts', 'launches')");
            c.createStatement().executeUpdate("UPDATE copied_rows SET copied_state = NULL");
            copied = counts(t);
        }

        assertThat(copy(source, target)).contains("2 contracts and 1 launches were copied before: nothing new in them.");
        try (Database t = target.open()) {
            assertThat(counts(t)).isEqualTo(copied);
        }
    }

    @Test
    void theSameFileInTheTeamDatabaseIsJoinedNotDuplicatedAndALaterTeamDecisionStays(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("mine/clearance");
        populate(dir, source);
        TestDatabases.Target target = TestDatabases.create(backend, dir.resolve("team"));
        CommandLine cli = ClearanceCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("audit", "--db", target.dbOption(), "--format", "json",
                SampleContract.install(dir.resolve("files")).toString(),
                dir.resolve("files/northwind-2026.md").toString())).isZero();
        try (Database s = Database.open(source)) {
            ContractRepository mine = new ContractRepository(s);
            mine.delete(mine.findAll().stream().filter(c -> c.documentName().equals("northwind-2026.md")).findFirst()
                    .orElseThrow().id(), "Dana", java.time.Instant.now());
        }
        long teamNorthwind;
        try (Database t = target.open()) {
            teamNorthwind = new ContractRepository(t).findAll().stream()
                    .filter(c -> c.documentName().equals(SampleContract.FILE_NAME)).findFirst().orElseThrow().id();
            new DecisionRepository(t).record(teamNorthwind, "training-use", DecisionKind.ACCEPT, "fine by counsel", "Lee",
                    java.time.Instant.now());
        }

        assertThat(copy(source, target)).contains("Copied 1 contracts and 1 launches")
                .contains("1 contracts were there already (the same file)")
                .containsPattern("version stays:\\R  Northwind[^:]*: the decision on training-use");

        try (Database t = target.open()) {
            // the file's deleted copy of the newer terms went over as its own deleted contract: the team's stays listed
            assertThat(new ContractRepository(t).findAll()).extracting(ContractRecord::documentName)
                    .containsExactlyInAnyOrder(SampleContract.FILE_NAME, "northwind-2026.md");
            DecisionRepository decisions = new DecisionRepository(t);
            assertThat(decisions.current(teamNorthwind, "training-use").orElseThrow().reviewer()).isEqualTo("Lee");
            assertThat(decisions.history(teamNorthwind, "training-use")).extracting(e -> e.reviewer())
                    .containsExactlyInAnyOrder("Lee", "Dana");
            assertThat(decisions.current(teamNorthwind, "data-residency")).isEmpty();
            assertThat(decisions.history(teamNorthwind, "data-residency")).hasSize(2);
            assertThat(launches(t).launch("assistant").contractIds()).containsExactly(String.valueOf(teamNorthwind));
        }
        assertThat(copy(source, target)).contains("Copied 0 contracts and 0 launches")
                .contains("2 contracts and 1 launches were copied before: nothing new in them.");
    }

    @Test
    void aMissingSourceIsOneLine(@TempDir Path dir) throws Exception {
        TestDatabases.Target target = TestDatabases.create(backend, dir.resolve("team"));
        CommandLine cli = ClearanceCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("db", "copy", "--from", dir.resolve("nothing").toString(), "--to", target.dbOption()))
                .isEqualTo(3);
        assertThat(err.toString()).startsWith("clearance: There is no Clearance database at").doesNotContain("Exception");
    }

    /**
     * What one person does in their file after a first copy: a third contract, a re-audit, two decisions, a rename,
     * a new member, a waiver and a check, tickets imported again with one more, a correction. The two runbook items
     * worked on, waived first.
     */
    private static List<String> workMore(Path dir, Path source) throws Exception {
        Path third = Files.writeString(dir.resolve("files/northwind-2027.md"), Files.readString(dir.resolve("files/northwind-2026.md"))
                + "\n\n## 100. Notices\n\nNotices go to the address on the order form.\n");
        CommandLine cli = ClearanceCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("audit", "--db", source.toString(), "--format", "json", third.toString())).isZero();
        try (Database db = Database.open(source)) {
            ContractRepository contracts = new ContractRepository(db);
            ContractRecord northwind = contracts.findAll().stream().filter(c -> c.documentName().equals(SampleContract.FILE_NAME))
                    .findFirst().orElseThrow();
            ContractRecord newer = contracts.findAll().stream().filter(c -> c.documentName().equals("northwind-2026.md"))
                    .findFirst().orElseThrow();
            AuditRepository audits = new AuditRepository(db);
            audits.save(northwind.id(), audits.latest(northwind.id()).orElseThrow().result(), java.time.Instant.now());
            DecisionRepository decisions = new DecisionRepository(db);
            decisions.record(northwind.id(), "training-use", DecisionKind.ACCEPT, "opt-out signed", "Dana", java.time.Instant.now());
            decisions.record(northwind.id(), "data-residency", DecisionKind.NEGOTIATE, "EU only", "Dana", java.time.Instant.now());
            contracts.rename(newer.id(), "Northwind Cloud (2026 terms)", "Dana", java.time.Instant.now());
            LaunchService launches = launches(db);
            launches.addMember("assistant", new Member("Lee", "eng-lead"));
            List<String> open = launches.status("assistant", LocalDate.of(2026, 11, 1)).items().stream()
                    .filter(i -> i.state() != ItemStatus.State.DONE).map(i -> i.item().id()).limit(2).toList();
            launches.waive("assistant", open.get(0), "covered by the vendor's SOC 2", LocalDate.now().plusDays(30), "Dana");
            launches.check("assistant", open.get(1), "Lee", "done", null, null);
            Path csv = Files.writeString(dir.resolve("files/jira-2.csv"), "Issue key,Summary,Description,Created\n"
                    + "AI-1,Bill went up,Our spend is 4x,2026-12-02 10:00\n"
                    + "AI-2,Wrong answer,The assistant said we ship to Mars,2026-12-03 09:00\n");
            launches.importTickets("assistant", csv, null);
            String category = launches.tickets("assistant").stream().filter(tk -> tk.ticket().id().equals("AI-1"))
                    .findFirst().orElseThrow().category();
            String other = launches.template("assistant").categories().stream().map(k -> k.id())
                    .filter(k -> !k.equals(category)).findFirst().orElseThrow();
            launches.correctTicket("assistant", "AI-1", other, "Lee", "misread");
            return open;
        }
    }
}

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

import static org.assertj.core.api.Assertions.assertThat;

/** db copy moves a populated H2 file into the target (the team database, or another file); a second run adds nothing. */
@ParameterizedClass(name = "into {0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class DbCopyTest {

    private static final List<String> TABLES = List.of("contracts", "audits", "findings", "evidence", "decisions",
            "decision_events", "launches", "launch_members", "launch_contracts", "attachments", "item_states",
            "item_state_history", "tickets", "ticket_corrections");

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
        assertThat(out.toString()).contains("Copied 0 contracts and 0 launches").contains("(2 contracts and 1 launches"
                + " were copied before)");
        try (Database t = target.open()) {
            assertThat(counts(t)).isEqualTo(before);
        }
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

    /** Two versions of one vendor's terms, decisions with an undo, a launch with a checked item, an attachment, a ticket. */
    private static void populate(Path dir, Path source) throws Exception {
        Path sample = SampleContract.install(dir.resolve("files"));
        Path newer = Files.writeString(dir.resolve("files/northwind-2026.md"), Files.readString(sample)
                + "\n\n## 99. Changes\n\nNorthwind may change these terms with thirty days notice.\n");
        CommandLine cli = ClearanceCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("audit", "--db", source.toString(), "--format", "json", sample.toString(), newer.toString())).isZero();
        try (Database db = Database.open(source)) {
            long id = new ContractRepository(db).findAll().stream()
                    .filter(c -> c.documentName().equals(SampleContract.FILE_NAME)).findFirst().orElseThrow().id();
            DecisionRepository decisions = new DecisionRepository(db);
            decisions.record(id, "training-use", DecisionKind.NEGOTIATE, "opt-in", "Dana", java.time.Instant.now());
            var waive = decisions.record(id, "data-residency", DecisionKind.WAIVE, null, "Dana", java.time.Instant.now());
            decisions.undo(waive.id(), "Dana", java.time.Instant.now());
            LaunchService launches = new LaunchService(db, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                    new StoredContractAudits(new ContractRepository(db), new AuditRepository(db)), Clock.systemUTC());
            launches.create("assistant", "Support assistant", LocalDate.of(2026, 12, 1), null,
                    List.of(new Member("Dana", "launch-manager")));
            launches.linkContract("assistant", String.valueOf(id));
            Path proof = Files.writeString(dir.resolve("files/pin.txt"), "pinned");
            launches.check("assistant", "pre-pin-model", "Dana", "pinned", null, proof);
            Path csv = Files.writeString(dir.resolve("files/jira.csv"), "Issue key,Summary,Description,Created\n"
                    + "AI-1,Bill went up,Our spend is 4x,2026-12-02 10:00\n");
            launches.importTickets("assistant", csv, null);
        }
    }

    private static Map<String, Integer> counts(Database db) throws Exception {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            for (String table : TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getInt(1));
                }
            }
        }
        return out;
    }
}

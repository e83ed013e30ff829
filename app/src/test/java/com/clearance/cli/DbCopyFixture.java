package com.clearance.cli;

import com.clearance.domain.DecisionKind;
import com.clearance.library.ChecklistLoader;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.DecisionRepository;
import com.clearance.persistence.TestDatabases;
import com.clearance.runbook.Member;
import com.clearance.service.LaunchService;
import com.clearance.service.SampleContract;
import com.clearance.service.StoredContractAudits;
import com.clearance.service.TemplateCatalog;
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

/** The populated H2 file the db copy tests copy, the copy command itself, and what they count. */
final class DbCopyFixture {

    static final List<String> TABLES = List.of("contracts", "audits", "findings", "evidence", "decisions",
            "decision_events", "launches", "launch_members", "launch_contracts", "attachments", "item_states",
            "item_state_history", "tickets", "ticket_corrections");

    private DbCopyFixture() {
    }

    static String copy(Path source, TestDatabases.Target target, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ClearanceCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args(source, target, options))).as(err.toString()).isZero();
        return out.toString();
    }

    private static String[] args(Path source, TestDatabases.Target target, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("db", "copy", "--from", source.toString(), "--to",
                target.dbOption()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    static LaunchService launches(Database db) {
        return new LaunchService(db, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                new StoredContractAudits(new ContractRepository(db), new AuditRepository(db)), Clock.systemUTC());
    }

    /** Two versions of one vendor's terms, decisions with an undo, a launch with a checked item, an attachment, a ticket. */
    static void populate(Path dir, Path source) throws Exception {
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

    static Map<String, Integer> counts(Database db) throws Exception {
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

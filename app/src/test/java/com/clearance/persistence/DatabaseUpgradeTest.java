package com.clearance.persistence;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.Status;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrades: a database made by the previous release's migrations (0.1: V1-V22, before the team database's V30) opens
 * in this version with every contract, audit and decision kept, after a backup copy was taken; a database a newer
 * version migrated is refused with a plain sentence and left alone.
 */
class DatabaseUpgradeTest {

    /** The last migration the previous release shipped. */
    private static final String PREVIOUS_RELEASE_SCHEMA = "22";
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void aPreviousReleaseDatabaseOpensWithEveryContractAndDecisionKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clearance");
        makePreviousReleaseDatabase(file, 3);

        try (Database db = Database.open(file)) {
            ContractRepository contracts = new ContractRepository(db);
            List<ContractRecord> all = contracts.findAll();
            assertThat(all).extracting(ContractRecord::vendor).containsExactlyInAnyOrder("Vendor 1", "Vendor 2", "Vendor 3");
            DecisionRepository decisions = new DecisionRepository(db);
            AuditRepository audits = new AuditRepository(db);
            for (ContractRecord c : all) {
                int n = Integer.parseInt(c.vendor().substring("Vendor ".length()));
                assertThat(contracts.body(c.id())).isEqualTo("Body of contract " + n);
                assertThat(c.documentName()).isEqualTo("vendor-" + n + ".pdf");
                StoredAudit audit = audits.latest(c.id()).orElseThrow();
                assertThat(audit.result().score()).isEqualTo(50 + n);
                assertThat(audit.result().findings()).hasSize(2);
                assertThat(audit.result().findings().get(0).evidence()).hasSize(1);
                assertThat(decisions.forContract(c.id())).singleElement().satisfies(d -> {
                    assertThat(d.decision()).isEqualTo(DecisionKind.NEGOTIATE);
                    assertThat(d.note()).isEqualTo("Ask for a cap, contract " + n);
                    assertThat(d.reviewer()).isEqualTo("Dana");
                });
                assertThat(decisions.history(c.id(), "training-use")).hasSize(2);
            }
        }
        List<Path> backups = backups(dir);
        assertThat(backups).singleElement().satisfies(zip -> {
            assertThat(zip.getFileName().toString()).startsWith("clearance-v22-before-v" + latestMigration() + "-").endsWith(".zip");
            try (ZipFile z = new ZipFile(zip.toFile())) {
                assertThat(z.getEntry("clearance.mv.db")).isNotNull();
            }
        });

        try (Database again = Database.open(file)) {
            assertThat(new ContractRepository(again).findAll()).hasSize(3);
        }
        assertThat(backups(dir)).as("nothing to migrate the second time, so no second backup").hasSize(1);
    }

    @Test
    void aNewDatabaseIsNotBackedUp(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            assertThat(db.backend()).isEqualTo(Database.Backend.H2);
        }
        assertThat(backups(dir)).isEmpty();
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedPlainlyAndLeftUnchanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clearance");
        try (Database db = Database.open(file)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration", "classpath:db/future")
                    .load().migrate();
        }

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(NewerDatabaseException.class)
                .hasMessageContaining("last used by a newer version of Clearance")
                .hasMessageContaining("database version 999")
                .hasMessageContaining("this version knows up to " + latestMigration())
                .hasMessageContaining("left unchanged")
                .hasMessageNotContaining("Exception");
        assertThat(backups(dir)).isEmpty();
        assertThatThrownBy(() -> Database.open(file)).as("refused again: the first refusal left no lock behind")
                .isInstanceOf(NewerDatabaseException.class);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        ds.setUser("clearance");
        ds.setPassword(Files.readString(Database.keyFile(file)).strip());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("nothing migrated down").isEqualTo(999);
        }
    }

    private static List<Path> backups(Path dir) throws IOException {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    /** What the previous release left on a user's disk: its migrations only, its rows written in its own columns. */
    private static void makePreviousReleaseDatabase(Path file, int contracts) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        ds.setUser("clearance");
        ds.setPassword("");
        try (Connection c = ds.getConnection()) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(PREVIOUS_RELEASE_SCHEMA)
                    .load().migrate();
            for (int n = 1; n <= contracts; n++) {
                long id = SqlRunner.insert(c, "INSERT INTO contracts (vendor, document_name, source_path, sha256, format,"
                                + " pages, body, document_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        "Vendor " + n, "vendor-" + n + ".pdf", "/home/dana/vendor-" + n + ".pdf", "%064d".formatted(n),
                        "pdf", 3, "Body of contract " + n, "{}", Timestamp.from(T));
                long audit = SqlRunner.insert(c, "INSERT INTO audits (contract_id, library_version, score,"
                        + " score_explanation, audited_at) VALUES (?, ?, ?, ?, ?)", id, "2026.11", 50 + n, "explained",
                        Timestamp.from(T));
                long finding = SqlRunner.insert(c, "INSERT INTO findings (audit_id, clause_id, status, rationale,"
                        + " recommendation, looked_for) VALUES (?, ?, ?, ?, ?, ?)", audit, "training-use",
                        Status.ADVERSE.id(), "trains on your data", "ask for opt-out", "training");
                SqlRunner.insert(c, "INSERT INTO evidence (finding_id, ordinal, sentence, page, section, start_offset,"
                        + " end_offset, points_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", finding, 0, "We may train.", 2,
                        "4.1", 0, 13, null);
                SqlRunner.insert(c, "INSERT INTO findings (audit_id, clause_id, status, rationale, recommendation,"
                        + " looked_for) VALUES (?, ?, ?, ?, ?, ?)", audit, "liability-cap", Status.MISSING.id(), "none",
                        "add a cap", "cap");
                SqlRunner.insert(c, "INSERT INTO decisions (contract_id, clause_id, decision, note, reviewer, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", id, "training-use", "negotiate", "Ask for a cap, contract " + n,
                        "Dana", Timestamp.from(T));
                SqlRunner.insert(c, "INSERT INTO decision_events (contract_id, clause_id, action, decision, note,"
                        + " reviewer, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, "training-use", "RECORD", "accept",
                        "first look", "Dana", Timestamp.from(T.minusSeconds(60)));
                SqlRunner.insert(c, "INSERT INTO decision_events (contract_id, clause_id, action, decision, note,"
                        + " reviewer, occurred_at, prev_decision, prev_note, prev_reviewer, prev_decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, "training-use", "RECORD", "negotiate",
                        "Ask for a cap, contract " + n, "Dana", Timestamp.from(T), "accept", "first look", "Dana",
                        Timestamp.from(T.minusSeconds(60)));
            }
        }
    }

    /** The newest migration this build ships (the tests must not go stale when a migration is added). */
    private static int latestMigration() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of(DatabaseUpgradeTest.class.getResource("/db/migration").toURI());
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }
}

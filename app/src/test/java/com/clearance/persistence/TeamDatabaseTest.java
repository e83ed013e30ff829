package com.clearance.persistence;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.DocumentFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Connecting to a team database on a real PostgreSQL: first connect migrates, and every refusal is one sentence. */
class TeamDatabaseTest {

    private TestPostgres pg;

    @BeforeEach
    void cluster() {
        assumeTrue(TestPostgres.available(), TestPostgres::skipReason);
        pg = TestPostgres.get();
    }

    @Test
    void theFirstConnectCreatesTheTablesAndALaterOneFindsThemMigrated() throws Exception {
        String name = pg.createDatabase();
        try (Database db = Database.open(pg.parsed(name), TestPostgres.PASSWORD)) {
            assertThat(db.backend()).isEqualTo(Database.Backend.POSTGRESQL);
            assertThat(db.description()).isEqualTo("team database " + name + " on 127.0.0.1:" + pg.port() + " as clearance");
            new ContractRepository(db).insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF, 1, "b", "{}", Instant.now());
        }
        try (Database again = Database.open(pg.parsed(name), TestPostgres.PASSWORD);
             Connection c = again.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(9);
            assertThat(new ContractRepository(again).findAll()).hasSize(1);
        }
    }

    @Test
    void aWrongPasswordAMissingDatabaseAndNoServerAreOneSentenceEach() throws Exception {
        assertThatThrownBy(() -> Database.open(pg.parsed("postgres"), "not-the-password"))
                .isInstanceOf(StoreException.class)
                .hasMessage("PostgreSQL at 127.0.0.1:" + pg.port() + " refused the password of clearance: check"
                        + " PGPASSWORD or the line for this database in ~/.pgpass");
        assertThatThrownBy(() -> Database.open(pg.parsed("no_such_db"), TestPostgres.PASSWORD))
                .hasMessage("There is no database no_such_db on 127.0.0.1:" + pg.port() + "; create it once with:"
                        + " createdb -h 127.0.0.1 -p " + pg.port() + " -O clearance no_such_db");
        String passwordFile = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pg.passwordFile() + ".none");
        try {
            assertThatThrownBy(() -> Database.open(pg.parsed("postgres"), null))
                    .hasMessageContaining("wants a password for clearance: set PGPASSWORD or add the line");
        } finally {
            System.setProperty("org.postgresql.pgpassfile", passwordFile == null ? "" : passwordFile);
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(() -> Database.open(TeamDatabaseUrl.parse("postgresql://clearance@127.0.0.1:" + closed
                + "/clearance"), TestPostgres.PASSWORD)).hasMessage("No PostgreSQL server answers at 127.0.0.1:" + closed
                + ": check the host and port, and that the server accepts connections from this computer");
    }

    @Test
    void aUserWhoMayNotCreateTablesIsToldWhatIsMissingAndMayWorkOnceTheOwnerMigrated() throws Exception {
        String name = pg.createDatabase();
        String reviewer = "reviewer_" + name;
        pg.admin("CREATE ROLE " + reviewer + " LOGIN PASSWORD '" + TestPostgres.PASSWORD + "'");
        TeamDatabaseUrl asReviewer = TeamDatabaseUrl.parse(pg.url(reviewer, name));

        assertThatThrownBy(() -> Database.open(asReviewer, TestPostgres.PASSWORD))
                .isInstanceOf(StoreException.class)
                .hasMessage("The team database " + name + " needs Clearance's tables (first connect or a newer Clearance)"
                        + " and " + reviewer + " may not create them: connect once as the database's owner, or have the"
                        + " owner run GRANT CREATE ON SCHEMA public TO " + reviewer);

        Database.open(pg.parsed(name), TestPostgres.PASSWORD).close(); // the owner connects once
        pg.admin(name, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + reviewer
                + "; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + reviewer);
        try (Database db = Database.open(asReviewer, TestPostgres.PASSWORD)) {
            long id = new ContractRepository(db).insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF, 1, "b", "{}",
                    Instant.now()).id();
            new DecisionRepository(db).record(id, "training-use", DecisionKind.ACCEPT, null, "Kim", Instant.now());
            assertThat(new DecisionRepository(db).current(id, "training-use")).isPresent();
        }
    }
}

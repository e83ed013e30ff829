package com.clearance.persistence;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The two backends the persistence and service tests run against: the H2 file (always) and PostgreSQL (a database
 * of its own per test in the throw-away cluster; skipped with a message when PostgreSQL is not installed).
 * Use with {@code @ParameterizedClass @MethodSource("com.clearance.persistence.TestDatabases#backends")}.
 */
public final class TestDatabases {

    public enum Backend { H2, POSTGRESQL }

    private TestDatabases() {
    }

    public static List<Backend> backends() {
        return List.of(Backend.H2, Backend.POSTGRESQL);
    }

    /** Where one test's database lives; {@link #open()} may be called again to reopen it. */
    public record Target(Backend backend, String location) {

        public Database open() throws StoreException {
            if (backend == Backend.POSTGRESQL) {
                usePasswordFile();
            }
            return Database.open(location);
        }

        /** What {@code --db} is given on the command line for this database. */
        public String dbOption() {
            return location;
        }
    }

    /** A new, empty database for one test (skips the test when the backend is PostgreSQL and it is not installed). */
    public static Target create(Backend backend, Path dir) throws SQLException {
        if (backend == Backend.H2) {
            return new Target(backend, dir.resolve("store").toString());
        }
        Assumptions.assumeTrue(TestPostgres.available(), TestPostgres::skipReason);
        usePasswordFile();
        return new Target(backend, TestPostgres.get().url(TestPostgres.get().createDatabase()));
    }

    /** Points the driver at the test cluster's password file, as a user's PGPASSFILE would. */
    public static void usePasswordFile() {
        if (TestPostgres.available()) {
            System.setProperty("org.postgresql.pgpassfile", TestPostgres.get().passwordFile().toString());
        }
    }

    public static Database open(Backend backend, Path dir) throws Exception {
        return create(backend, dir).open();
    }
}

package com.clearance.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Brings a database to this version's schema with Flyway ({@code classpath:db/migration}), with two guards: a
 * database some newer Clearance migrated is refused with a plain sentence (never migrated down, never touched), and an
 * existing database is backed up before the first pending migration runs.
 */
final class SchemaMigrations {

    /** Takes a copy of the database as it is, before migrating from {@code from} to {@code to}; returns where. */
    interface Backup {
        Path take(String from, String to) throws StoreException;
    }

    /** For a database that has no file to copy (the team database: its server's backups apply). */
    static final Backup NONE = (from, to) -> null;

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    static void migrate(DataSource dataSource, String where, Backup backup) throws StoreException {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
        MigrationInfoService info = flyway.info();
        refuseNewer(info, where);
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0) {
            return;
        }
        MigrationInfo current = info.current();
        if (current != null && current.getVersion() != null) {
            String to = pending[pending.length - 1].getVersion().getVersion();
            Path copy = backup.take(current.getVersion().getVersion(), to);
            if (copy != null) {
                LOG.info("Backed up {} (schema version {}) to {} before migrating it to version {}", where,
                        current.getVersion(), copy, to);
            }
        }
        flyway.migrate();
    }

    private static void refuseNewer(MigrationInfoService info, String where) throws NewerDatabaseException {
        MigrationInfo[] future = Arrays.stream(info.applied())
                .filter(m -> m.getState().name().startsWith("FUTURE")).toArray(MigrationInfo[]::new);
        if (future.length == 0) {
            return;
        }
        String theirs = future[future.length - 1].getVersion().getVersion();
        String ours = Arrays.stream(info.all()).filter(m -> !m.getState().name().startsWith("FUTURE"))
                .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("none");
        throw new NewerDatabaseException("The Clearance database " + where + " was last used by a newer version of"
                + " Clearance (database version " + theirs + "; this version knows up to " + ours + "). It was left"
                + " unchanged: install the newer version of Clearance again to open it, or use another database with"
                + " --db.");
    }
}

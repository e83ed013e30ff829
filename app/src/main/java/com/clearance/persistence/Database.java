package com.clearance.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The store, either the embedded H2 file (one person; the default) or a team's PostgreSQL database, both migrated
 * by Flyway from {@code classpath:db/migration} (numbered, portable SQL). For H2 one connection is kept open while
 * the database is in use so H2 does not reopen the file for every statement, and every commit made through
 * {@link #dataSource()} is on the disk when {@code commit()} returns (see {@link DurableDataSource}). For PostgreSQL
 * connections come from a small pool (see {@link TeamDatabase}); the server makes commits durable.
 */
public final class Database implements AutoCloseable {

    /** Which kind of database this is. */
    public enum Backend { H2, POSTGRESQL }

    private final DataSource dataSource;
    private final AutoCloseable resources;
    private final Backend backend;
    private final String description;
    private final ChangeLog changes;
    private final TeamDatabase team;

    private Database(DataSource dataSource, AutoCloseable resources, Backend backend, String description,
                     TeamDatabase team) {
        this.dataSource = dataSource;
        this.resources = resources;
        this.backend = backend;
        this.description = description;
        this.team = team;
        this.changes = new ChangeLog(dataSource);
    }

    /**
     * Opens the database {@code target} names: a PostgreSQL URL ({@code postgresql://USER@HOST:PORT/DBNAME}, the
     * password from PGPASSWORD or ~/.pgpass) or a file path (H2, with or without {@code .mv.db}).
     */
    public static Database open(String target) throws StoreException {
        if (TeamDatabaseUrl.looksLikeUrl(target)) {
            TeamDatabaseUrl url;
            try {
                url = TeamDatabaseUrl.parse(target);
            } catch (IllegalArgumentException e) {
                throw new StoreException(e.getMessage(), e);
            }
            return open(url, TeamPassword.find(url));
        }
        String name = Path.of(target).toAbsolutePath().toString();
        Path file = Path.of(name.endsWith(".mv.db") ? name.substring(0, name.length() - 6) : name);
        try {
            if (file.getParent() != null) {
                UserOnlyFiles.createFolder(file.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Could not create the folder for the database " + target, e);
        }
        return open(file);
    }

    /** Opens (creating the tables on first connect, when the user may) a team database on PostgreSQL. */
    public static Database open(TeamDatabaseUrl url, String password) throws StoreException {
        TeamDatabase team = TeamDatabase.connect(url, password);
        return new Database(team.dataSource(), team, Backend.POSTGRESQL, "team database " + url.database() + " on "
                + url.server() + " as " + url.user(), team);
    }

    /** H2's auto-server listens for the other process (window or command line) on the loopback interface only. */
    static {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private static final int WRONG_USER_OR_PASSWORD = 28000;
    /** H2's "Database may be already in use" (another process holds the lock and has not started serving yet). */
    private static final int ALREADY_IN_USE = 90020;
    private static final int OPEN_ATTEMPTS = 12;
    /** H2's "Connection is broken": the process serving the file over its loopback socket has gone. */
    private static final int CONNECTION_BROKEN = 90067;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Opens (creating if needed) the database at {@code file} (without the .mv.db suffix) and migrates it. */
    public static Database open(Path file) throws StoreException {
        JdbcDataSource ds = new JdbcDataSource();
        // MODE=PostgreSQL keeps us honest about portable SQL; AUTO_SERVER lets the CLI and the window share the file,
        // over a loopback socket that needs the random password kept in the user-only key file next to it.
        // Durability does not come from WRITE_DELAY (it only tunes H2's background writer): every connection
        // handed out is a DurableDataSource one, whose commits are forced to the disk before commit() returns.
        // REUSE_SPACE=FALSE appends every chunk at the end of the file instead of into freed space: after a kill, H2
        // finds the newest chunk by walking forward from the store header, and a synced chunk written into a hole
        // was sometimes not found (KillDuringAuditTest: 1 in 30 trials lost the last printed audits; 0 in 60 with
        // append-only; turning the background writer off made it 14 in 60). The file grows no faster: 300 audits
        // made 40 MB against 47 MB with reuse, as H2 still compacts it. AUTO_RECONNECT: when the process serving the
        // file (the window, or another command) exits, this one's connections reconnect and it serves the file
        // itself, instead of failing with "connection is broken" (FreshSharedDatabaseTest under load).
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;REUSE_SPACE=FALSE");
        ds.setUser("clearance");
        try {
            Connection keepAlive = openAndMigrate(ds, file);
            AppInfo.ensureDatabaseId(keepAlive);
            DurableDataSource.sync(keepAlive);
            restrictFiles(file);
            return new Database(new DurableDataSource(ds), keepAlive, Backend.H2, file + ".mv.db", null);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Could not open the database {}", file, e);
            throw new StoreException("Could not open the Clearance database at " + file
                    + ": it may be in use by an older version or damaged; see the log for details", e);
        } catch (IOException e) {
            LOG.error("Could not keep the key of the database {}", file, e);
            throw new StoreException("Could not write the key file of the Clearance database at " + file
                    + "; see the log for details", e);
        }
    }

    /**
     * Connects and migrates as one step across processes (two runs starting on a brand-new shared file would
     * otherwise both create the schema through one server). When the process serving the file exits at that moment,
     * the connection breaks: this process then tries again, and serves the file itself.
     */
    private static Connection openAndMigrate(JdbcDataSource ds, Path file)
            throws SQLException, IOException, StoreException {
        for (int attempt = 1; ; attempt++) {
            try (OpenLock ignored = OpenLock.take(file)) {
                Connection keepAlive = connect(ds, file);
                try {
                    SchemaMigrations.migrate(ds, file + ".mv.db",
                            new H2Backup(keepAlive, file, java.time.Clock.systemUTC()));
                    return keepAlive;
                } catch (StoreException | RuntimeException refused) {
                    closeQuietly(keepAlive);
                    throw refused;
                }
            } catch (SQLException | RuntimeException e) {
                if (!connectionBroken(e) || attempt >= OPEN_ATTEMPTS) {
                    throw e;
                }
                LOG.info("The process serving {} went away while this one opened it; trying again ({})", file, attempt);
                if (!pause(attempt)) {
                    throw e;
                }
            }
        }
    }

    private static boolean connectionBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == CONNECTION_BROKEN) {
                return true;
            }
        }
        return false;
    }

    /** Waits a little longer each attempt; false when interrupted (the caller then gives up). */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection that failed to migrate", e);
        }
    }

    /**
     * The database password is random, kept in {@code FILE.key} readable by the user only. A new database gets a new
     * key. A database made before there were keys (empty password), or one whose key was written but not yet set when
     * the process died, gets its key set now. A database that exists is never given a new key while its own is lost
     * or unreadable: that would lock its data away for good; the user is told what to put back instead.
     */
    private static Connection connect(JdbcDataSource ds, Path file) throws SQLException, IOException, StoreException {
        // Two processes opening a brand-new shared database at once: while the first starts serving it, the second
        // finds it locked for a moment (and may find its key written a moment later); wait and try again.
        for (int attempt = 1; ; attempt++) {
            try {
                return connectOnce(ds, file);
            } catch (SQLException e) {
                if (e.getErrorCode() != ALREADY_IN_USE || attempt >= OPEN_ATTEMPTS) {
                    throw e;
                }
                LOG.info("The database {} is being opened by another process; trying again ({})", file, attempt);
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Connection connectOnce(JdbcDataSource ds, Path file) throws SQLException, IOException, StoreException {
        Path keyFile = keyFile(file);
        boolean exists = Files.exists(file.resolveSibling(file.getFileName() + ".mv.db"));
        String key = readKey(keyFile, file);
        if (key != null) {
            ds.setPassword(key);
            try {
                return ds.getConnection();
            } catch (SQLException e) {
                if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                    throw e;
                }
            }
        }
        ds.setPassword("");
        Connection c; // a new file, or one from before keys or from a crash before its key was set: password empty
        try {
            c = ds.getConnection();
        } catch (SQLException e) {
            String late = key == null ? readKey(keyFile, file) : null;
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD && late != null) {
                ds.setPassword(late); // another process made the database and its key while this one looked
                return ds.getConnection();
            }
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD && exists) {
                LOG.error("The key in {} does not open the database {}", keyFile, file, e);
                throw new StoreException(KeyFileProblem.lostOrWrong(file, keyFile, key != null), e);
            }
            throw e;
        }
        if (key == null) {
            key = newKey();
            UserOnlyFiles.writePrivately(keyFile, key + "\n"); // before the password is set: a crash leaves it usable
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER USER \"" + currentUser(c) + "\" SET PASSWORD '" + key + "'");
        }
        ds.setPassword(key);
        LOG.info("The database {} is now protected by the key in {}", file, keyFile);
        return c;
    }

    /** The key, or null when there is no key file (or an empty one); an unreadable key file is the user's to fix. */
    private static String readKey(Path keyFile, Path file) throws StoreException {
        if (!Files.exists(keyFile)) {
            return null;
        }
        try {
            String key = Files.readString(keyFile).strip();
            return key.isEmpty() ? null : key;
        } catch (IOException e) {
            LOG.error("Could not read the key file {} of the database {}", keyFile, file, e);
            throw new StoreException(KeyFileProblem.unreadable(file, keyFile), e);
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER")) {
            rs.next();
            return rs.getString(1).replace("\"", "");
        }
    }

    static Path keyFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".key");
    }

    private static String newKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void restrictFiles(Path file) {
        String base = file.getFileName().toString();
        try {
            UserOnlyFiles.restrict(file.resolveSibling(base + ".mv.db"), file.resolveSibling(base + ".lock.db"),
                    file.resolveSibling(base + ".trace.db"), keyFile(file));
        } catch (IOException e) {
            LOG.warn("Could not make the files of {} readable by the user only", file, e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Backend backend() {
        return backend;
    }

    /** Where the data is, for a status line: the file, or the team database with its server and user. */
    public String description() {
        return description;
    }

    /** Every change made through this database is logged here, with who made it; other sessions read it back. */
    public ChangeLog changes() {
        return changes;
    }

    /** A connection of its own (not from the pool) for LISTEN on PostgreSQL; empty for H2. */
    java.util.Optional<Connection> dedicatedConnection() throws SQLException {
        return team == null ? java.util.Optional.empty() : java.util.Optional.of(team.dedicatedConnection());
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception ignored) {
            // closing an embedded file or a pool: nothing left to save (commits are durable when made)
        }
    }
}

package com.clearance.persistence;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The embedded store: an H2 file migrated by Flyway from {@code classpath:db/migration} (numbered, portable SQL that
 * would also run on PostgreSQL). One connection is kept open while the database is in use so H2 does not reopen the
 * file for every statement; repositories take short-lived connections from {@link #dataSource()}, and every commit
 * made through them is on the disk when {@code commit()} returns (see {@link DurableDataSource}).
 */
public final class Database implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection keepAlive;

    private Database(DataSource dataSource, Connection keepAlive) {
        this.dataSource = dataSource;
        this.keepAlive = keepAlive;
    }

    /** Opens (creating if needed) the database at {@code file} (without the .mv.db suffix) and migrates it. */
    public static Database open(Path file) throws StoreException {
        JdbcDataSource ds = new JdbcDataSource();
        // MODE=PostgreSQL keeps us honest about portable SQL; AUTO_SERVER lets the CLI and the window share the file.
        // Durability does not come from the URL (WRITE_DELAY only tunes H2's background writer): every connection
        // handed out is a DurableDataSource one, whose commits are forced to the disk before commit() returns.
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE");
        ds.setUser("clearance");
        ds.setPassword("");
        try {
            Connection keepAlive = ds.getConnection();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            DurableDataSource.sync(keepAlive);
            return new Database(new DurableDataSource(ds), keepAlive);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Could not open the Clearance database at " + file
                    + ": it may be in use by an older version or damaged; see the log for details", e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException ignored) {
            // closing a connection to an embedded file: nothing left to save
        }
    }
}

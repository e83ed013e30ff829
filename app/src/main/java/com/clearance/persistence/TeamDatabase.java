package com.clearance.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A connection pool to the team's PostgreSQL database. The first connect runs the same Flyway migrations as the H2
 * file, so a new database gets its tables from whoever connects first with the right to create them; a user without
 * that right gets a sentence saying what is missing. The password stays in memory, in the driver's properties.
 */
final class TeamDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamDatabase.class);
    private static final int POOL_SIZE = 4;

    private final TeamDatabaseUrl url;
    private final Properties properties;
    private final HikariDataSource pool;

    private TeamDatabase(TeamDatabaseUrl url, Properties properties, HikariDataSource pool) {
        this.url = url;
        this.properties = properties;
        this.pool = pool;
    }

    static TeamDatabase connect(TeamDatabaseUrl url, String password) throws StoreException {
        Properties properties = url.driverProperties(password);
        // one plain connection first: its error says best what is wrong (no server, no database, wrong password)
        try (Connection probe = DriverManager.getConnection(url.jdbcUrl(), properties)) {
            LOG.info("Connected to {} (PostgreSQL {})", url, probe.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            LOG.warn("Could not connect to {}", url, e);
            throw new StoreException(TeamDatabaseErrors.plain(e, url), e);
        }
        HikariDataSource pool = pool(url, properties);
        try {
            SchemaMigrations.migrate(pool, "team database " + url.database() + " on " + url.server(), SchemaMigrations.NONE);
            try (Connection c = pool.getConnection()) {
                AppInfo.ensureDatabaseId(c);
            }
            return new TeamDatabase(url, properties, pool);
        } catch (StoreException refused) {
            pool.close();
            throw refused;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            LOG.error("Could not prepare the team database {}", url, e);
            throw new StoreException(TeamDatabaseErrors.plain(e, url), e);
        }
    }

    private static HikariDataSource pool(TeamDatabaseUrl url, Properties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setDataSourceProperties(properties);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setPoolName("clearance-team");
        return new HikariDataSource(config);
    }

    DataSource dataSource() {
        return pool;
    }

    /** A connection outside the pool, kept by the change watcher for LISTEN. */
    Connection dedicatedConnection() throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), properties);
    }

    @Override
    public void close() {
        pool.close();
    }
}

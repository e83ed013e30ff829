package com.clearance.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A write is forced to the disk before the commit (or the auto-commit connection's close) returns; a read is not. */
class DurableDataSourceTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void aTransactionIsForcedToDiskWhenItCommits() throws Exception {
        try (Connection c = durable().getConnection()) {
            c.setAutoCommit(false);
            c.prepareStatement("INSERT INTO t VALUES (1)").executeUpdate();
            c.commit();
            assertThat(log).containsExactly("setAutoCommit false", "prepare INSERT INTO t VALUES (1)", "commit",
                    DurableDataSource.SYNC);
            c.setAutoCommit(true);
        }
        assertThat(log).endsWith("setAutoCommit true", "close").doesNotHaveDuplicates();
    }

    @Test
    void anAutoCommitWriteIsForcedToDiskBeforeTheConnectionCloses() throws Exception {
        try (Connection c = durable().getConnection()) {
            c.prepareStatement("  update t SET x = 1").executeUpdate();
        }
        assertThat(log).containsExactly("prepare   update t SET x = 1", DurableDataSource.SYNC, "close");
    }

    @Test
    void readsAndRolledBackWorkCostNothing() throws Exception {
        try (Connection c = durable().getConnection()) {
            c.prepareStatement("SELECT 1").executeQuery();
            c.setAutoCommit(false);
            c.prepareStatement("DELETE FROM t").executeUpdate();
            c.rollback();
            c.commit();
            c.setAutoCommit(true);
        }
        assertThat(log).doesNotContain(DurableDataSource.SYNC);
    }

    @Test
    void theRealDatabaseAcceptsTheSyncAndKeepsTheRow(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("store"))) {
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                c.prepareStatement("INSERT INTO app_info (info_key, info_value) VALUES ('probe', 'kept')").executeUpdate();
                c.commit();
            }
        }
        try (Database db = Database.open(dir.resolve("store")); Connection c = db.dataSource().getConnection();
             ResultSet rs = c.prepareStatement("SELECT info_value FROM app_info WHERE info_key = 'probe'").executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    /** A durable data source over a fake connection that only records what is done to it. */
    private DataSource durable() {
        boolean[] autoCommit = {true};
        Connection fake = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAutoCommit" -> autoCommit[0];
                    case "isClosed" -> false;
                    case "setAutoCommit" -> {
                        autoCommit[0] = (Boolean) args[0];
                        log.add("setAutoCommit " + args[0]);
                        yield null;
                    }
                    case "prepareStatement" -> {
                        log.add("prepare " + args[0]);
                        yield statement(PreparedStatement.class, null);
                    }
                    case "createStatement" -> statement(Statement.class, log);
                    case "commit", "rollback", "close" -> {
                        log.add(method.getName());
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        DataSource inner = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return fake;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new DurableDataSource(inner);
    }

    private static <T> T statement(Class<T> type, List<String> executed) {
        return type.cast(Proxy.newProxyInstance(DurableDataSourceTest.class.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "execute" -> {
                        executed.add((String) args[0]);
                        yield true;
                    }
                    case "executeUpdate" -> 1;
                    case "executeQuery", "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }
}

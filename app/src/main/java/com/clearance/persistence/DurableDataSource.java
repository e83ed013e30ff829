package com.clearance.persistence;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Hands out connections whose commits are on the disk before {@code commit()} returns (or, for a write in
 * auto-commit mode, before {@code close()} returns), so nothing is reported saved that a kill or a power cut can take
 * back. H2's MVStore keeps no write-ahead log: a commit is only written out with the next chunk, and even then sits
 * in the operating system's cache. {@code CHECKPOINT SYNC} writes the pending chunk and forces the file to the disk;
 * it works the same over an auto-server connection to another process. Reads pay nothing.
 */
final class DurableDataSource implements DataSource {

    static final String SYNC = "CHECKPOINT SYNC";

    private final DataSource inner;

    DurableDataSource(DataSource inner) {
        this.inner = inner;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(inner.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(inner.getConnection(user, password));
    }

    private static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new Handler(connection));
    }

    /** Forces everything committed so far to the disk. */
    static void sync(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(SYNC);
        }
    }

    /** Tracks whether the connection wrote anything since its last durable point, and makes commits durable. */
    private static final class Handler implements InvocationHandler {
        private final Connection target;
        private boolean wrote;

        Handler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "prepareStatement", "prepareCall" -> wrote |= writes((String) args[0]);
                case "createStatement" -> wrote = true; // its SQL is not known yet: assume it writes
                case "commit" -> {
                    call(method, args);
                    durable();
                    return null;
                }
                case "rollback" -> {
                    if (args == null && !target.getAutoCommit()) {
                        wrote = false;
                    }
                }
                case "setAutoCommit" -> {
                    boolean before = target.getAutoCommit();
                    call(method, args);
                    if (!before && (Boolean) args[0]) {
                        durable(); // switching auto-commit back on commits what was pending
                    }
                    return null;
                }
                case "close" -> {
                    if (!target.isClosed() && target.getAutoCommit()) {
                        durable();
                    }
                }
                case "unwrap", "isWrapperFor" -> {
                    return call(method, args);
                }
                default -> { }
            }
            return call(method, args);
        }

        private void durable() throws SQLException {
            if (wrote) {
                sync(target);
                wrote = false;
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private static boolean writes(String sql) {
            String head = sql.stripLeading().toUpperCase(Locale.ROOT);
            return !(head.startsWith("SELECT") || head.startsWith("WITH") || head.startsWith("VALUES")
                    || head.startsWith("EXPLAIN") || head.startsWith("SHOW"));
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return inner.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        inner.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        inner.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return inner.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return inner.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return inner.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return inner.isWrapperFor(iface);
    }
}

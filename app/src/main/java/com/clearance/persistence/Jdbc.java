package com.clearance.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Small JDBC helpers shared by the repositories: binding nullable values and converting times. */
final class Jdbc {

    private Jdbc() {
    }

    /** Work on one connection's statements. */
    interface Statements {
        void run() throws SQLException, StoreException;
    }

    /** Runs the statements as one commit, so a change and its trail line are on disk together or not at all. */
    static void inTransaction(Connection c, Statements work) throws SQLException, StoreException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | StoreException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
        return ps;
    }

    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Instant i) {
            ps.setTimestamp(index, Timestamp.from(i));
        } else if (value instanceof LocalDateTime t) {
            ps.setTimestamp(index, Timestamp.valueOf(t));
        } else if (value instanceof LocalDate d) {
            ps.setDate(index, java.sql.Date.valueOf(d));
        } else if (value instanceof byte[] b) {
            ps.setBytes(index, b);
        } else {
            ps.setObject(index, value);
        }
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}

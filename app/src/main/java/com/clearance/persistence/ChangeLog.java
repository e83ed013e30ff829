package com.clearance.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The log of changes every write appends to, inside the write's own transaction (so a change is logged exactly
 * when it is committed). On PostgreSQL the same transaction sends NOTIFY, delivered at commit. Each open database
 * is one session; {@link #actAs} sets the name changes without an explicit author are recorded under.
 */
public final class ChangeLog {

    /** The PostgreSQL channel windows LISTEN on. */
    static final String CHANNEL = "clearance_changes";

    private final DataSource dataSource;
    private final String sessionId = UUID.randomUUID().toString();
    private volatile String actor = defaultActor();

    ChangeLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The OS user: who a change is by until the user sets a reviewer name. */
    public static String defaultActor() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    public String sessionId() {
        return sessionId;
    }

    public String actor() {
        return actor;
    }

    /** The reviewer name recorded for changes made from now on in this session (blank: the OS user). */
    public void actAs(String name) {
        actor = name == null || name.isBlank() ? defaultActor() : name.strip();
    }

    void append(Connection c, String who, String kind, Long contractId, String launchName, String summary)
            throws SQLException {
        long id = SqlRunner.insert(c, "INSERT INTO changes (session_id, actor, kind, contract_id, launch_name, summary,"
                        + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId, who == null ? actor : who, kind,
                contractId, launchName, clip(summary), Instant.now());
        if (isPostgres(c)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                ps.setString(1, CHANNEL);
                ps.setString(2, Long.toString(id));
                ps.executeQuery().close();
            }
        }
    }

    /** The newest change id (0 when none): where a window starts following. */
    public long latestId() throws StoreException {
        return new SqlRunner(dataSource).query("SELECT COALESCE(MAX(id), 0) FROM changes", rs -> rs.getLong(1)).get(0);
    }

    /** Changes with an id above {@code afterId}, oldest first. */
    public List<Change> after(long afterId) throws StoreException {
        return new SqlRunner(dataSource).query("SELECT id, session_id, actor, kind, contract_id, launch_name, summary,"
                + " changed_at FROM changes WHERE id > ? ORDER BY id", ChangeLog::map, afterId);
    }

    private static Change map(ResultSet rs) throws SQLException {
        long contract = rs.getLong(5);
        Long contractId = rs.wasNull() ? null : contract;
        return new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), contractId,
                rs.getString(6), rs.getString(7), SqlRunner.instant(rs, "changed_at"));
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }
}

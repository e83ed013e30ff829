package com.clearance.persistence;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies one person's database into another (an H2 file into the team database): contracts with their audits,
 * decisions and trails, and launches with their runbook state, attachments and tickets. Each contract and each
 * launch goes over in one transaction and is remembered in {@code copied_rows} under the source database's
 * identity, so running the copy again copies nothing twice. Row ids are new in the target; references between rows
 * (an undo to the event it undoes, a launch to a linked contract, a newer version to the older one) follow them.
 */
public final class DatabaseCopy {

    /** What a copy did: how many contracts and launches went over, how many were there already, and what was left. */
    public record Report(int contracts, int launches, int contractsAlreadyCopied, int launchesAlreadyCopied,
                         List<String> skipped) {
    }

    private final Database from;
    private final Database to;

    public DatabaseCopy(Database from, Database to) {
        this.from = from;
        this.to = to;
    }

    public Report run() throws StoreException {
        try (Connection src = from.dataSource().getConnection(); Connection dst = to.dataSource().getConnection()) {
            String sourceId = AppInfo.databaseId(src);
            if (sourceId.equals(AppInfo.databaseId(dst))) {
                throw new StoreException("The source and the target are the same database", null);
            }
            int contracts = 0;
            int contractsThere = 0;
            for (long id : ids(src, "SELECT id FROM contracts ORDER BY id")) {
                if (mapped(dst, sourceId, "contracts", id).isPresent()) {
                    contractsThere++;
                } else {
                    inTransaction(dst, () -> copyContract(src, dst, sourceId, id));
                    contracts++;
                }
            }
            int launches = 0;
            int launchesThere = 0;
            List<String> skipped = new ArrayList<>();
            for (long id : ids(src, "SELECT id FROM launches ORDER BY id")) {
                if (mapped(dst, sourceId, "launches", id).isPresent()) {
                    launchesThere++;
                    continue;
                }
                String name = SqlRunner.query(src, "SELECT name FROM launches WHERE id = ?", rs -> rs.getString(1), id).get(0);
                if (!SqlRunner.query(dst, "SELECT id FROM launches WHERE name = ?", rs -> rs.getLong(1), name).isEmpty()) {
                    skipped.add("launch '" + name + "': the team database has a launch of that name already");
                    continue;
                }
                inTransaction(dst, () -> copyLaunch(src, dst, sourceId, id, name));
                launches++;
            }
            return new Report(contracts, launches, contractsThere, launchesThere, skipped);
        } catch (SQLException e) {
            throw new StoreException("The copy stopped: a database could not be read or written (what was copied"
                    + " so far is kept, and running the copy again goes on from there); see the log for details", e);
        }
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection c, Step step) throws SQLException {
        c.setAutoCommit(false);
        try {
            step.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void copyContract(Connection src, Connection dst, String sourceId, long contractId) throws SQLException {
        Map<String, Object> row = rows(src, "SELECT * FROM contracts WHERE id = ?", contractId).get(0);
        Object supersedes = row.get("supersedes_id");
        row.put("supersedes_id", supersedes == null ? null
                : mapped(dst, sourceId, "contracts", ((Number) supersedes).longValue()).orElse(null));
        long newId = insert(dst, "contracts", row);
        remember(dst, sourceId, "contracts", contractId, newId);
        for (Map<String, Object> audit : rows(src, "SELECT * FROM audits WHERE contract_id = ? ORDER BY id", contractId)) {
            long oldAudit = ((Number) audit.get("id")).longValue();
            audit.put("contract_id", newId);
            long newAudit = insert(dst, "audits", audit);
            for (Map<String, Object> finding : rows(src, "SELECT * FROM findings WHERE audit_id = ? ORDER BY id", oldAudit)) {
                long oldFinding = ((Number) finding.get("id")).longValue();
                finding.put("audit_id", newAudit);
                long newFinding = insert(dst, "findings", finding);
                for (Map<String, Object> e : rows(src, "SELECT * FROM evidence WHERE finding_id = ? ORDER BY id", oldFinding)) {
                    e.put("finding_id", newFinding);
                    insert(dst, "evidence", e);
                }
            }
        }
        for (Map<String, Object> d : rows(src, "SELECT * FROM decisions WHERE contract_id = ?", contractId)) {
            d.put("contract_id", newId);
            insertKeyed(dst, "decisions", d);
        }
        Map<Long, Long> events = new HashMap<>();
        for (Map<String, Object> e : rows(src, "SELECT * FROM decision_events WHERE contract_id = ? ORDER BY id", contractId)) {
            long old = ((Number) e.get("id")).longValue();
            e.put("contract_id", newId);
            Object undoes = e.get("undoes_event_id");
            e.put("undoes_event_id", undoes == null ? null : events.get(((Number) undoes).longValue()));
            events.put(old, insert(dst, "decision_events", e));
        }
        for (Map<String, Object> e : rows(src, "SELECT * FROM contract_events WHERE contract_id = ? ORDER BY id", contractId)) {
            e.put("contract_id", newId);
            insert(dst, "contract_events", e);
        }
        to.changes().append(dst, null, "contract", newId, null, "copied " + row.get("document_name") + " ("
                + row.get("vendor") + ") into this database");
    }

    private void copyLaunch(Connection src, Connection dst, String sourceId, long launchId, String name)
            throws SQLException {
        Map<String, Object> launch = rows(src, "SELECT * FROM launches WHERE id = ?", launchId).get(0);
        long newId = insert(dst, "launches", launch);
        remember(dst, sourceId, "launches", launchId, newId);
        for (Map<String, Object> m : rows(src, "SELECT * FROM launch_members WHERE launch_id = ?", launchId)) {
            m.put("launch_id", newId);
            insertKeyed(dst, "launch_members", m);
        }
        for (Map<String, Object> l : rows(src, "SELECT * FROM launch_contracts WHERE launch_id = ?", launchId)) {
            l.put("launch_id", newId);
            String contract = (String) l.get("contract_id");
            if (contract != null && contract.matches("\\d{1,18}")) {
                mapped(dst, sourceId, "contracts", Long.parseLong(contract)).ifPresent(id -> l.put("contract_id", id.toString()));
            }
            insertKeyed(dst, "launch_contracts", l);
        }
        Map<Long, Long> attachments = new HashMap<>();
        for (Map<String, Object> a : rows(src, "SELECT * FROM attachments WHERE launch_id = ? ORDER BY id", launchId)) {
            long old = ((Number) a.get("id")).longValue();
            a.put("launch_id", newId);
            attachments.put(old, insert(dst, "attachments", a));
        }
        for (Map<String, Object> s : rows(src, "SELECT * FROM item_states WHERE launch_id = ?", launchId)) {
            s.put("launch_id", newId);
            Object attachment = s.get("attachment_id");
            s.put("attachment_id", attachment == null ? null : attachments.get(((Number) attachment).longValue()));
            insertKeyed(dst, "item_states", s);
        }
        for (String table : List.of("item_state_history", "tickets", "ticket_corrections")) {
            for (Map<String, Object> r : rows(src, "SELECT * FROM " + table + " WHERE launch_id = ? ORDER BY id", launchId)) {
                r.put("launch_id", newId);
                insert(dst, table, r);
            }
        }
        to.changes().append(dst, null, "launch", null, name, "copied launch " + name + " into this database");
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        return SqlRunner.query(c, sql, rs -> rs.getLong(1));
    }

    private static Optional<Long> mapped(Connection dst, String sourceId, String table, long id) throws SQLException {
        return SqlRunner.query(dst, "SELECT target_id FROM copied_rows WHERE source_db = ? AND table_name = ?"
                + " AND source_id = ?", rs -> rs.getLong(1), sourceId, table, id).stream().findFirst();
    }

    private static void remember(Connection dst, String sourceId, String table, long sourceRow, long targetRow)
            throws SQLException {
        SqlRunner.update(dst, "INSERT INTO copied_rows (source_db, table_name, source_id, target_id) VALUES (?, ?, ?, ?)",
                sourceId, table, sourceRow, targetRow);
    }

    /** Every column of each row, by lower-case name, large values read whole. */
    private static List<Map<String, Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), plain(rs.getObject(i)));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    /** Inserts a row under a new id; returns it. */
    private static long insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.remove("id");
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[]{"id"})) {
            bind(ps, values.values());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts a row of a table keyed by its columns (no id of its own). */
    private static void insertKeyed(Connection c, String table, Map<String, Object> row) throws SQLException {
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, row.values());
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, java.util.Collection<Object> values) throws SQLException {
        int i = 1;
        for (Object v : values) {
            if (v == null) {
                ps.setNull(i++, java.sql.Types.NULL);
            } else {
                ps.setObject(i++, v);
            }
        }
    }
}

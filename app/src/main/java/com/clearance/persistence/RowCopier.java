package com.clearance.persistence;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads rows of the source whole and writes them into the target under new ids, remembering each in
 * {@link CopiedRows}; counts what it added per table.
 */
final class RowCopier {

    /** Points a row's references at target rows before it is inserted. */
    interface Retarget {
        void apply(Map<String, Object> row, Map<Long, Long> targetIds) throws SQLException;
    }

    /** Copies what hangs off a row once the row is in (an audit's findings). */
    interface Then {
        void apply(long sourceId, long targetId) throws SQLException;
    }

    /** Source id to target id of every row under the parent, and the source rows this run added. */
    record TopUp(Map<Long, Long> targetIds, List<Map<String, Object>> added) {
    }

    final Connection src;
    final Connection dst;
    final CopiedRows copied;
    private final Map<String, Integer> added = new LinkedHashMap<>();

    RowCopier(Connection src, Connection dst, CopiedRows copied) {
        this.src = src;
        this.dst = dst;
        this.copied = copied;
    }

    /** Rows added so far, per table. */
    Map<String, Integer> added() {
        return added;
    }

    int addedCount() {
        return added.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The rows of {@code table} under the source parent that the target lacks go over under the target parent. */
    TopUp topUp(CopiedTable table, long sourceParent, long targetParent, Retarget retarget, Then then) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        List<Map<String, Object>> newRows = new ArrayList<>();
        for (Map<String, Object> row : rows(src, "SELECT * FROM " + table.name() + " WHERE " + table.parentColumn()
                + " = ? ORDER BY id", sourceParent)) {
            long sourceId = id(row);
            Optional<Long> there = copied.target(table.name(), sourceId);
            if (there.isEmpty()) {
                there = sameRow(table, row, targetParent);
                if (there.isPresent()) {
                    copied.remember(table.name(), sourceId, there.get());
                }
            }
            if (there.isPresent()) {
                ids.put(sourceId, there.get());
                continue;
            }
            newRows.add(new LinkedHashMap<>(row));
            row.put(table.parentColumn(), targetParent);
            retarget.apply(row, ids);
            long targetId = insert(table.name(), row);
            copied.remember(table.name(), sourceId, targetId);
            ids.put(sourceId, targetId);
            then.apply(sourceId, targetId);
        }
        return new TopUp(ids, newRows);
    }

    /** A target row under the parent with the same identifying values that no source row became yet. */
    private Optional<Long> sameRow(CopiedTable table, Map<String, Object> row, long targetParent) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id FROM " + table.name() + " WHERE " + table.parentColumn() + " = ?");
        List<Object> params = new ArrayList<>(List.of(targetParent));
        for (String column : table.sameWhen()) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(row.get(column));
        }
        sql.append(" AND ").append(copied.notYetFromSource("id", table.name())).append(" ORDER BY id");
        return SqlRunner.query(dst, sql.toString(), rs -> rs.getLong(1), params.toArray()).stream().findFirst();
    }

    static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    /** Every column of each row, by lower-case name, large values read whole. */
    static List<Map<String, Object>> rows(Connection c, String sql, Object... params) throws SQLException {
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
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), plain(rs.getObject(i)));
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

    /** Inserts a row into the target under a new id; returns it. */
    long insert(String table, Map<String, Object> row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.remove("id");
        try (PreparedStatement ps = dst.prepareStatement(insertSql(table, values.keySet()), new String[]{"id"})) {
            bind(ps, values.values());
            ps.executeUpdate();
            count(table);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts a row of a table keyed by its columns (no id of its own). */
    void insertKeyed(String table, Map<String, Object> row) throws SQLException {
        try (PreparedStatement ps = dst.prepareStatement(insertSql(table, row.keySet()))) {
            bind(ps, row.values());
            ps.executeUpdate();
            count(table);
        }
    }

    private void count(String table) {
        added.merge(table, 1, Integer::sum);
    }

    private static String insertSql(String table, Collection<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    }

    private static void bind(PreparedStatement ps, Collection<Object> values) throws SQLException {
        int i = 1;
        for (Object v : values) {
            if (v == null) {
                ps.setNull(i++, Types.NULL);
            } else {
                ps.setObject(i++, v);
            }
        }
    }
}

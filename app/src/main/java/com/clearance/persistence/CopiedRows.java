package com.clearance.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code copied_rows} table of a copy's target: which row of the target each row of the source database became.
 * It is written in the same transaction as the copied rows, so what it says is always what the target holds.
 */
final class CopiedRows {

    private final Connection target;
    private final String sourceDb;

    CopiedRows(Connection target, String sourceDb) {
        this.target = target;
        this.sourceDb = sourceDb;
    }

    /** The target row a source row became, when it was copied before. */
    Optional<Long> target(String table, long sourceId) throws SQLException {
        return SqlRunner.query(target, "SELECT target_id FROM copied_rows WHERE source_db = ? AND table_name = ?"
                + " AND source_id = ?", rs -> rs.getLong(1), sourceDb, table, sourceId).stream().findFirst();
    }

    void remember(String table, long sourceId, long targetId) throws SQLException {
        SqlRunner.update(target, "INSERT INTO copied_rows (source_db, table_name, source_id, target_id) VALUES (?, ?, ?, ?)",
                sourceDb, table, sourceId, targetId);
    }

    /** The parts of a source row as the last copy left them; empty when it was copied before they were kept. */
    Optional<Map<String, String>> state(String table, long sourceId) throws SQLException {
        List<String> state = SqlRunner.query(target, "SELECT copied_state FROM copied_rows WHERE source_db = ?"
                + " AND table_name = ? AND source_id = ?", rs -> rs.getString(1), sourceDb, table, sourceId);
        return state.isEmpty() ? Optional.empty() : CopiedState.decode(state.get(0));
    }

    void saveState(String table, long sourceId, Map<String, String> state) throws SQLException {
        SqlRunner.update(target, "UPDATE copied_rows SET copied_state = ? WHERE source_db = ? AND table_name = ?"
                + " AND source_id = ?", CopiedState.encode(state), sourceDb, table, sourceId);
    }

    /** The SQL condition "this target row did not come from the source yet", for a column holding target ids. */
    String notYetFromSource(String idColumn, String table) {
        return idColumn + " NOT IN (SELECT target_id FROM copied_rows WHERE source_db = '" + sourceDb.replace("'", "''")
                + "' AND table_name = '" + table + "')";
    }
}

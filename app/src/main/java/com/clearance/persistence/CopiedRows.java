package com.clearance.persistence;

import java.sql.Connection;
import java.sql.SQLException;
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

    /** Whether a target row came from this source (rather than from the target's own users). */
    boolean fromSource(String table, long targetId) throws SQLException {
        return !SqlRunner.query(target, "SELECT 1 FROM copied_rows WHERE source_db = ? AND table_name = ?"
                + " AND target_id = ?", rs -> 1, sourceDb, table, targetId).isEmpty();
    }

    void remember(String table, long sourceId, long targetId) throws SQLException {
        SqlRunner.update(target, "INSERT INTO copied_rows (source_db, table_name, source_id, target_id) VALUES (?, ?, ?, ?)",
                sourceDb, table, sourceId, targetId);
    }

    /** The SQL condition "this target row did not come from the source yet", for a column holding target ids. */
    String notYetFromSource(String idColumn, String table) {
        return idColumn + " NOT IN (SELECT target_id FROM copied_rows WHERE source_db = '" + sourceDb.replace("'", "''")
                + "' AND table_name = '" + table + "')";
    }
}

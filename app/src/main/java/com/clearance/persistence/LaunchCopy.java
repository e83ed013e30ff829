package com.clearance.persistence;

import com.clearance.persistence.DatabaseCopy.LaunchOutcome;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copies one launch of the source into the target, or adds to the target's copy what the source gained since:
 * members, linked contracts, attachments, runbook history, tickets and ticket corrections, each once. An item's state
 * follows the source only where the source's history line is the item's newest; a later check in the target stays.
 */
final class LaunchCopy {

    private static final CopiedTable ATTACHMENTS = new CopiedTable("attachments", "launch_id",
            List.of("item_id", "file_name", "added_at"));
    private static final CopiedTable HISTORY = new CopiedTable("item_state_history", "launch_id",
            List.of("item_id", "action", "actor", "acted_at"));
    private static final CopiedTable CORRECTIONS = new CopiedTable("ticket_corrections", "launch_id",
            List.of("ticket_key", "corrected_by", "corrected_at"));

    private final RowCopier rows;
    private final ChangeLog changes;

    LaunchCopy(RowCopier rows, ChangeLog changes) {
        this.rows = rows;
        this.changes = changes;
    }

    LaunchOutcome copy(long sourceId) throws SQLException {
        Map<String, Object> launch = RowCopier.rows(rows.src, "SELECT * FROM launches WHERE id = ?", sourceId).get(0);
        String name = (String) launch.get("name");
        Optional<Long> copiedBefore = rows.copied.target("launches", sourceId);
        if (copiedBefore.isEmpty()) {
            if (!SqlRunner.query(rows.dst, "SELECT id FROM launches WHERE name = ?", rs -> rs.getLong(1), name).isEmpty()) {
                return LaunchOutcome.NAME_TAKEN;
            }
            long targetId = rows.insert("launches", launch);
            rows.copied.remember("launches", sourceId, targetId);
            addNew(sourceId, targetId);
            changes.append(rows.dst, null, "launch", null, name, "copied launch " + name + " into this database");
            return LaunchOutcome.COPIED;
        }
        int before = rows.addedCount();
        addNew(sourceId, copiedBefore.get());
        if (rows.addedCount() == before) {
            return LaunchOutcome.NOTHING_NEW;
        }
        changes.append(rows.dst, null, "launch", null, name, "added what was new in launch " + name
                + " from another database");
        return LaunchOutcome.ADDED_TO;
    }

    private void addNew(long sourceId, long targetId) throws SQLException {
        addMissing("launch_members", List.of("member_name", "member_role"), sourceId, targetId);
        addMissingContracts(sourceId, targetId);
        RowCopier.TopUp attachments = rows.topUp(ATTACHMENTS, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
        RowCopier.TopUp history = rows.topUp(HISTORY, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
        Set<String> items = new LinkedHashSet<>();
        history.added().forEach(h -> items.add((String) h.get("item_id")));
        for (String item : items) {
            if (rows.newestFromSource("item_state_history", "acted_at", "launch_id = ? AND item_id = ?", targetId, item)) {
                followItem(sourceId, targetId, item, attachments.targetIds());
            }
        }
        addNewTickets(sourceId, targetId);
        rows.topUp(CORRECTIONS, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
    }

    /** Rows of a table keyed by its columns (members) that the target's launch lacks. */
    private void addMissing(String table, List<String> key, long sourceId, long targetId) throws SQLException {
        for (Map<String, Object> row : RowCopier.rows(rows.src, "SELECT * FROM " + table + " WHERE launch_id = ?", sourceId)) {
            row.put("launch_id", targetId);
            StringBuilder where = new StringBuilder("launch_id = ?");
            key.forEach(k -> where.append(" AND ").append(k).append(" = ?"));
            Object[] params = new Object[key.size() + 1];
            params[0] = targetId;
            for (int i = 0; i < key.size(); i++) {
                params[i + 1] = row.get(key.get(i));
            }
            if (SqlRunner.query(rows.dst, "SELECT 1 FROM " + table + " WHERE " + where, rs -> 1, params).isEmpty()) {
                rows.insertKeyed(table, row);
            }
        }
    }

    /** Linked contracts, by the id the contract got in the target (ids that are not the source's contracts stay). */
    private void addMissingContracts(long sourceId, long targetId) throws SQLException {
        for (Map<String, Object> link : RowCopier.rows(rows.src, "SELECT * FROM launch_contracts WHERE launch_id = ?", sourceId)) {
            String contract = (String) link.get("contract_id");
            if (contract != null && contract.matches("\\d{1,18}")) {
                Optional<Long> there = rows.copied.target("contracts", Long.parseLong(contract));
                if (there.isPresent()) {
                    link.put("contract_id", there.get().toString());
                }
            }
            link.put("launch_id", targetId);
            if (SqlRunner.query(rows.dst, "SELECT 1 FROM launch_contracts WHERE launch_id = ? AND contract_id = ?", rs -> 1,
                    targetId, link.get("contract_id")).isEmpty()) {
                rows.insertKeyed("launch_contracts", link);
            }
        }
    }

    /** The target's state of an item becomes the source's (open, when the source has no row for it). */
    private void followItem(long sourceId, long targetId, String item, Map<Long, Long> attachments) throws SQLException {
        SqlRunner.update(rows.dst, "DELETE FROM item_states WHERE launch_id = ? AND item_id = ?", targetId, item);
        for (Map<String, Object> state : RowCopier.rows(rows.src, "SELECT * FROM item_states WHERE launch_id = ?"
                + " AND item_id = ?", sourceId, item)) {
            state.put("launch_id", targetId);
            Object attachment = state.get("attachment_id");
            state.put("attachment_id", attachment == null ? null : attachments.get(((Number) attachment).longValue()));
            rows.insertKeyed("item_states", state);
        }
    }

    /** Tickets by key: a key the target lacks goes over; one the source imported again since replaces the target's. */
    private void addNewTickets(long sourceId, long targetId) throws SQLException {
        for (Map<String, Object> ticket : RowCopier.rows(rows.src, "SELECT * FROM tickets WHERE launch_id = ? ORDER BY id",
                sourceId)) {
            Object key = ticket.get("ticket_key");
            boolean there = !SqlRunner.query(rows.dst, "SELECT 1 FROM tickets WHERE launch_id = ? AND ticket_key = ?",
                    rs -> 1, targetId, key).isEmpty();
            if (there && SqlRunner.update(rows.dst, "DELETE FROM tickets WHERE launch_id = ? AND ticket_key = ?"
                    + " AND imported_at < ?", targetId, key, ticket.get("imported_at")) == 0) {
                continue;
            }
            ticket.put("launch_id", targetId);
            rows.insert("tickets", ticket);
        }
    }
}

package com.clearance.persistence;

import com.clearance.persistence.DatabaseCopy.LaunchOutcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies one launch of the source into the target, or brings the target's copy up to date: members, attachments,
 * runbook history, tickets and ticket corrections the source gained go over once; its name, feature, date, linked
 * contracts and runbook item states follow what the source changed since the last copy, unless the target changed the
 * same part too (see {@link ThreeWayMerge}). A launch whose name the target's own launch has goes over marked with
 * whose file it came from.
 */
final class LaunchCopy {

    private static final CopiedTable ATTACHMENTS = new CopiedTable("attachments", "launch_id",
            List.of("item_id", "file_name", "added_at"));
    private static final CopiedTable HISTORY = new CopiedTable("item_state_history", "launch_id",
            List.of("item_id", "action", "actor", "acted_at"));
    private static final CopiedTable CORRECTIONS = new CopiedTable("ticket_corrections", "launch_id",
            List.of("ticket_key", "corrected_by", "corrected_at"));
    private static final List<String> FIELDS = List.of("name", "feature", "launch_date");

    private final RowCopier rows;
    private final ChangeLog changes;
    private final CopyNotes notes;

    LaunchCopy(RowCopier rows, ChangeLog changes, CopyNotes notes) {
        this.rows = rows;
        this.changes = changes;
        this.notes = notes;
    }

    LaunchOutcome copy(long sourceId) throws SQLException {
        Map<String, Object> launch = RowCopier.rows(rows.src, "SELECT * FROM launches WHERE id = ?", sourceId).get(0);
        String name = (String) launch.get("name");
        Optional<Long> copiedBefore = rows.copied.target("launches", sourceId);
        if (copiedBefore.isPresent()) {
            return bringUpToDate(sourceId, copiedBefore.get(), name);
        }
        String copiedAs = LaunchNames.free(rows.dst, name, changes.actor());
        Map<String, Object> row = new LinkedHashMap<>(launch);
        row.put("name", copiedAs);
        long targetId = rows.insert("launches", row);
        rows.copied.remember("launches", sourceId, targetId);
        Map<Long, Long> attachments = topUpChildren(sourceId, targetId);
        // a new copy takes every link and item state; its name is the only part that may differ, and on purpose
        Map<String, String> source = state(rows.src, sourceId, launch, attachments);
        for (String key : ThreeWayMerge.merge(Optional.empty(), source, state(rows.dst, targetId, row, null)).apply()) {
            take(key, sourceId, targetId, launch, attachments);
        }
        rows.copied.saveState("launches", sourceId, source);
        if (!copiedAs.equals(name)) {
            notes.renamedLaunches.put(name, copiedAs);
        }
        changes.append(rows.dst, null, "launch", null, copiedAs, "copied launch " + copiedAs + " into this database");
        return copiedAs.equals(name) ? LaunchOutcome.COPIED : LaunchOutcome.COPIED_AS;
    }

    private LaunchOutcome bringUpToDate(long sourceId, long targetId, String name) throws SQLException {
        int before = rows.addedCount();
        Map<Long, Long> attachments = topUpChildren(sourceId, targetId);
        Map<String, Object> launch = RowCopier.rows(rows.src, "SELECT * FROM launches WHERE id = ?", sourceId).get(0);
        Map<String, Object> there = RowCopier.rows(rows.dst, "SELECT * FROM launches WHERE id = ?", targetId).get(0);
        Map<String, String> source = state(rows.src, sourceId, launch, attachments);
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(rows.copied.state("launches", sourceId), source,
                state(rows.dst, targetId, there, null));
        int updates = 0;
        for (String key : merge.apply()) {
            if (take(key, sourceId, targetId, launch, attachments)) {
                notes.updated(key);
                updates++;
            } else {
                notes.conflict("launch " + there.get("name"), key);
            }
        }
        merge.conflicts().forEach(key -> notes.conflict("launch " + there.get("name"), key));
        rows.copied.saveState("launches", sourceId, source);
        if (rows.addedCount() == before && updates == 0) {
            return LaunchOutcome.NOTHING_NEW;
        }
        String current = (String) RowCopier.rows(rows.dst, "SELECT name FROM launches WHERE id = ?", targetId).get(0).get("name");
        changes.append(rows.dst, null, "launch", null, current, "brought launch " + current
                + " up to date from another database (" + name + " there)");
        return LaunchOutcome.ADDED_TO;
    }

    /** The rows that only ever grow: members, attachments, history, tickets, corrections. Returns attachment ids. */
    private Map<Long, Long> topUpChildren(long sourceId, long targetId) throws SQLException {
        addMissingMembers(sourceId, targetId);
        RowCopier.TopUp attachments = rows.topUp(ATTACHMENTS, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
        rows.topUp(HISTORY, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
        addNewTickets(sourceId, targetId);
        rows.topUp(CORRECTIONS, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
        return attachments.targetIds();
    }

    /**
     * A launch's parts: name, feature, date, each linked contract (by its id in the target) and each item's state
     * (its attachment by the id in the target). For a source launch, {@code attachments} maps its attachment ids to the
     * target's and links are retargeted; for the target's launch (null) the ids are already the target's.
     */
    private Map<String, String> state(Connection c, long id, Map<String, Object> launch, Map<Long, Long> attachments)
            throws SQLException {
        boolean ofSource = attachments != null;
        Map<String, String> state = new LinkedHashMap<>();
        FIELDS.forEach(f -> state.put(f, CopiedState.fingerprint(launch.get(f))));
        for (Map<String, Object> link : RowCopier.rows(c, "SELECT contract_id FROM launch_contracts WHERE launch_id = ?"
                + " ORDER BY contract_id", id)) {
            String contract = (String) link.get("contract_id");
            state.put("link " + (ofSource ? inTarget(contract) : contract), "linked");
        }
        for (Map<String, Object> item : RowCopier.rows(c, "SELECT * FROM item_states WHERE launch_id = ? ORDER BY item_id", id)) {
            Object attachment = item.get("attachment_id");
            Object there = attachment == null || !ofSource ? attachment : attachments.get(((Number) attachment).longValue());
            state.put("item " + item.get("item_id"), CopiedState.fingerprint(item.get("done_by"), item.get("done_at"),
                    item.get("evidence_note"), item.get("evidence_link"), there, item.get("waiver_reason"),
                    item.get("waiver_until"), item.get("waived_by"), item.get("waived_at")));
        }
        return state;
    }

    /** A source launch's link to a contract, as the id that contract got in the target (other ids stay as they are). */
    private String inTarget(String contract) throws SQLException {
        if (contract != null && contract.matches("\\d{1,18}")) {
            Optional<Long> there = rows.copied.target("contracts", Long.parseLong(contract));
            if (there.isPresent()) {
                return there.get().toString();
            }
        }
        return contract;
    }

    /** Makes one part of the target's launch the source's; false when it cannot (the new name is another launch's). */
    private boolean take(String key, long sourceId, long targetId, Map<String, Object> launch, Map<Long, Long> attachments)
            throws SQLException {
        String part = CopyNotes.detail(key);
        switch (CopyNotes.kind(key)) {
            case "name" -> {
                if (!SqlRunner.query(rows.dst, "SELECT id FROM launches WHERE name = ? AND id <> ?", rs -> 1,
                        launch.get("name"), targetId).isEmpty()) {
                    return false;
                }
                SqlRunner.update(rows.dst, "UPDATE launches SET name = ? WHERE id = ?", launch.get("name"), targetId);
            }
            case "feature", "launch_date" -> SqlRunner.update(rows.dst, "UPDATE launches SET " + key + " = ? WHERE id = ?",
                    launch.get(key), targetId);
            case "link" -> followLink(sourceId, targetId, part);
            default -> followItem(sourceId, targetId, part, attachments);
        }
        return true;
    }

    /** The target's link to a contract (by its target id) becomes what the source has: linked, or not. */
    private void followLink(long sourceId, long targetId, String contract) throws SQLException {
        SqlRunner.update(rows.dst, "DELETE FROM launch_contracts WHERE launch_id = ? AND contract_id = ?", targetId, contract);
        for (Map<String, Object> link : RowCopier.rows(rows.src, "SELECT * FROM launch_contracts WHERE launch_id = ?",
                sourceId)) {
            if (contract.equals(inTarget((String) link.get("contract_id")))) {
                link.put("launch_id", targetId);
                link.put("contract_id", contract);
                rows.insertKeyed("launch_contracts", link);
            }
        }
    }

    /** Members the target's launch lacks (members are only ever added). */
    private void addMissingMembers(long sourceId, long targetId) throws SQLException {
        for (Map<String, Object> row : RowCopier.rows(rows.src, "SELECT * FROM launch_members WHERE launch_id = ?", sourceId)) {
            row.put("launch_id", targetId);
            if (SqlRunner.query(rows.dst, "SELECT 1 FROM launch_members WHERE launch_id = ? AND member_name = ?"
                    + " AND member_role = ?", rs -> 1, targetId, row.get("member_name"), row.get("member_role")).isEmpty()) {
                rows.insertKeyed("launch_members", row);
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

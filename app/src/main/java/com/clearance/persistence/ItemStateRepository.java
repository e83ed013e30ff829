package com.clearance.persistence;

import com.clearance.runbook.Attachment;
import com.clearance.runbook.Completion;
import com.clearance.runbook.HistoryEntry;
import com.clearance.runbook.ItemState;
import com.clearance.runbook.Waiver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of each runbook item per launch, its audit trail and its attached evidence files. Every change writes
 * the current state and appends a history line in one transaction.
 */
public final class ItemStateRepository {

    private final Database db;

    public ItemStateRepository(Database db) {
        this.db = db;
    }

    public Map<String, ItemState> states(String launchName) throws StoreException {
        Map<String, ItemState> out = new LinkedHashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            long id = LaunchRepository.requireId(c, launchName);
            try (PreparedStatement ps = Jdbc.prepare(c, "SELECT item_id, done_by, done_at, evidence_note, evidence_link,"
                    + " attachment_id, waiver_reason, waiver_until, waived_by, waived_at FROM item_states WHERE launch_id = ?", id);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String item = rs.getString(1);
                    Completion done = rs.getString(2) == null ? null : new Completion(rs.getString(2),
                            Jdbc.instant(rs.getTimestamp(3)), rs.getString(4), rs.getString(5),
                            rs.getObject(6) == null ? null : "attachment:" + rs.getLong(6));
                    Waiver waiver = rs.getString(7) == null ? null : new Waiver(rs.getString(7),
                            Jdbc.date(rs.getDate(8)), rs.getString(9), Jdbc.instant(rs.getTimestamp(10)));
                    out.put(item, new ItemState(item, done, waiver));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the runbook state of '" + launchName + "'", e);
        }
    }

    /** Marks an item done; {@code attachmentId} may be null. */
    public void complete(String launchName, String itemId, Completion done, Long attachmentId) throws StoreException {
        complete(launchName, itemId, done, attachmentId, null);
    }

    /**
     * Marks an item done over version {@code expectedVersion} of it (null: over whatever it is now); refused with a
     * {@link StaleWriteException} when someone changed the item since.
     */
    public void complete(String launchName, String itemId, Completion done, Long attachmentId, Integer expectedVersion)
            throws StoreException {
        write(launchName, itemId, done.by(), done.at(), "checked", describe(done), expectedVersion, (c, id) -> {
            ensureRow(c, id, itemId);
            try (PreparedStatement ps = Jdbc.prepare(c, "UPDATE item_states SET done_by = ?, done_at = ?, evidence_note = ?,"
                    + " evidence_link = ?, attachment_id = ? WHERE launch_id = ? AND item_id = ?", done.by(), done.at(),
                    done.note(), done.link(), attachmentId, id, itemId)) {
                ps.executeUpdate();
            }
        });
    }

    public void waive(String launchName, String itemId, Waiver waiver) throws StoreException {
        waive(launchName, itemId, waiver, null);
    }

    public void waive(String launchName, String itemId, Waiver waiver, Integer expectedVersion) throws StoreException {
        write(launchName, itemId, waiver.by(), waiver.at(), "waived", waiver.reason() + " (until " + waiver.until() + ")",
                expectedVersion, (c, id) -> {
                    ensureRow(c, id, itemId);
                    try (PreparedStatement ps = Jdbc.prepare(c, "UPDATE item_states SET waiver_reason = ?, waiver_until = ?,"
                            + " waived_by = ?, waived_at = ? WHERE launch_id = ? AND item_id = ?", waiver.reason(),
                            waiver.until(), waiver.by(), waiver.at(), id, itemId)) {
                        ps.executeUpdate();
                    }
                });
    }

    /** Clears completion and waiver; the history keeps what they were. */
    public void reopen(String launchName, String itemId, String actor, Instant at, String reason) throws StoreException {
        reopen(launchName, itemId, actor, at, reason, null);
    }

    public void reopen(String launchName, String itemId, String actor, Instant at, String reason, Integer expectedVersion)
            throws StoreException {
        write(launchName, itemId, actor, at, "reopened", reason, expectedVersion, (c, id) -> {
            try (PreparedStatement ps = Jdbc.prepare(c, "DELETE FROM item_states WHERE launch_id = ? AND item_id = ?", id, itemId)) {
                ps.executeUpdate();
            }
        });
    }

    public long attach(String launchName, String itemId, String fileName, String mediaType, byte[] content, String by,
                       Instant at) throws StoreException {
        return attach(launchName, itemId, fileName, mediaType, content, by, at, null);
    }

    public long attach(String launchName, String itemId, String fileName, String mediaType, byte[] content, String by,
                       Instant at, Integer expectedVersion) throws StoreException {
        long[] created = new long[1];
        write(launchName, itemId, by, at, "attached", fileName + " (" + content.length + " bytes)", expectedVersion,
                (c, id) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attachments (launch_id, item_id, file_name, media_type,"
                    + " size_bytes, content, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
                Object[] values = {id, itemId, fileName, mediaType, (long) content.length, content, by, at};
                for (int i = 0; i < values.length; i++) {
                    Jdbc.bind(ps, i + 1, values[i]);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    created[0] = keys.getLong(1);
                }
            }
        });
        return created[0];
    }

    public Optional<Attachment> attachment(long attachmentId) throws StoreException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = Jdbc.prepare(c, "SELECT id, item_id, file_name, media_type, size_bytes, added_by, added_at,"
                     + " content FROM attachments WHERE id = ?", attachmentId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5), rs.getString(6), Jdbc.instant(rs.getTimestamp(7)), rs.getBytes(8)));
        } catch (SQLException e) {
            throw new StoreException("Could not read attachment " + attachmentId, e);
        }
    }

    /** The audit trail of one item, or of every item when {@code itemId} is null, oldest first. */
    public List<HistoryEntry> history(String launchName, String itemId) throws StoreException {
        List<HistoryEntry> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            long id = LaunchRepository.requireId(c, launchName);
            String sql = "SELECT item_id, action, actor, acted_at, detail FROM item_state_history WHERE launch_id = ?"
                    + (itemId == null ? "" : " AND item_id = ?") + " ORDER BY id";
            try (PreparedStatement ps = itemId == null ? Jdbc.prepare(c, sql, id) : Jdbc.prepare(c, sql, id, itemId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                            Jdbc.instant(rs.getTimestamp(4)), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the history of '" + launchName + "'", e);
        }
    }

    private interface Change {
        void apply(Connection c, long launchId) throws SQLException;
    }

    /** How many changes each item of the launch has had: its version (items never touched are at 0). */
    public Map<String, Integer> versions(String launchName) throws StoreException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            long id = LaunchRepository.requireId(c, launchName);
            try (PreparedStatement ps = Jdbc.prepare(c, "SELECT item_id, COUNT(*) FROM item_state_history WHERE launch_id = ?"
                    + " GROUP BY item_id", id); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the runbook state of '" + launchName + "'", e);
        }
    }

    private void write(String launchName, String itemId, String actor, Instant at, String action, String detail,
                       Integer expectedVersion, Change change) throws StoreException {
        try (Connection c = db.dataSource().getConnection()) {
            Jdbc.inTransaction(c, () -> {
                long id = LaunchRepository.requireId(c, launchName);
                // writers of one launch take turns, so the version read below is the one this change follows
                Jdbc.prepare(c, "SELECT id FROM launches WHERE id = ? FOR UPDATE", id).executeQuery().close();
                refuseIfMoved(c, id, itemId, expectedVersion);
                change.apply(c, id);
                try (PreparedStatement ps = Jdbc.prepare(c, "INSERT INTO item_state_history (launch_id, item_id, action, actor,"
                        + " acted_at, detail) VALUES (?, ?, ?, ?, ?, ?)", id, itemId, action, actor, at, detail)) {
                    ps.executeUpdate();
                }
                db.changes().append(c, actor, "runbook", null, launchName, action + " " + itemId + " in " + launchName);
            });
        } catch (SQLException e) {
            throw new StoreException("Could not record '" + action + "' for " + itemId + " in '" + launchName + "'", e);
        }
    }

    private static void refuseIfMoved(Connection c, long launchId, String itemId, Integer expected)
            throws SQLException, StaleWriteException {
        if (expected == null) {
            return;
        }
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT actor, acted_at FROM item_state_history WHERE launch_id = ?"
                + " AND item_id = ? ORDER BY id DESC", launchId, itemId); ResultSet rs = ps.executeQuery()) {
            int version = 0;
            String by = null;
            Instant at = null;
            while (rs.next()) {
                if (version++ == 0) {
                    by = rs.getString(1);
                    at = Jdbc.instant(rs.getTimestamp(2));
                }
            }
            if (version != expected) {
                throw new StaleWriteException("item", by, at, "reload to see it");
            }
        }
    }

    private static void ensureRow(Connection c, long launchId, String itemId) throws SQLException {
        try (PreparedStatement ps = Jdbc.prepare(c, "SELECT 1 FROM item_states WHERE launch_id = ? AND item_id = ?", launchId, itemId);
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return;
            }
        }
        try (PreparedStatement ps = Jdbc.prepare(c, "INSERT INTO item_states (launch_id, item_id) VALUES (?, ?)", launchId, itemId)) {
            ps.executeUpdate();
        }
    }

    private static String describe(Completion done) {
        List<String> parts = new ArrayList<>();
        if (done.note() != null) parts.add(done.note());
        if (done.link() != null) parts.add(done.link());
        if (done.attachmentRef() != null) parts.add(done.attachmentRef());
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }
}

package com.clearance.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies one person's database into another (an H2 file into the team database): contracts with their audits,
 * decisions and trails, and launches with their runbook state, attachments and tickets. Each contract and each
 * launch goes over in one transaction, every row remembered in {@code copied_rows} under the source database's
 * identity with the state it had then, so running the copy again adds only what the source gained since, nothing
 * twice, and updates what the source changed since in rows it copied before (a rename, a deletion, a later decision,
 * a launch's date or links) unless the target changed that too: then the target's stays and the report names it.
 * A launch whose name the target has already goes over as "NAME (from REVIEWER's file)". A contract made from
 * a file the target already holds (same SHA-256) is joined to that one rather than copied as a duplicate. Row ids
 * are new in the target; references between rows follow them.
 */
public final class DatabaseCopy {

    /**
     * What a copy did to the source's contracts and launches; the rows it added to ones copied before (per table) and
     * the parts of those it updated (per kind: "vendor", "deleted", "decision", "name", "link", "item"...); the parts
     * it left as the target had them because both sides changed them; launches copied under another name (by name).
     */
    public record Report(Map<ContractOutcome, Integer> contracts, Map<LaunchOutcome, Integer> launches,
                         Map<String, Integer> addedToEarlier, Map<String, Integer> updated, List<Conflict> conflicts,
                         Map<String, String> launchesCopiedAs) {

        public int contracts(ContractOutcome outcome) {
            return contracts.getOrDefault(outcome, 0);
        }

        public int launches(LaunchOutcome outcome) {
            return launches.getOrDefault(outcome, 0);
        }
    }

    /** One part of a contract or launch (kind "decision", detail "training-use") that the target's version kept. */
    public record Conflict(String subject, String kind, String detail) {
    }

    /** COPIED: new to the target; SAME_FILE: joined to the target's contract of the same file; ADDED_TO: copied
     *  before and something new or changed went over; NOTHING_NEW: copied before, nothing to add or update. */
    public enum ContractOutcome { COPIED, SAME_FILE, ADDED_TO, NOTHING_NEW }

    /** As for contracts; COPIED_AS: new to the target, under a marked name as the target has a launch of its name. */
    public enum LaunchOutcome { COPIED, COPIED_AS, ADDED_TO, NOTHING_NEW }

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
            Map<ContractOutcome, Integer> contracts = new EnumMap<>(ContractOutcome.class);
            Map<LaunchOutcome, Integer> launches = new EnumMap<>(LaunchOutcome.class);
            Map<String, Integer> addedToEarlier = new LinkedHashMap<>();
            CopyNotes notes = new CopyNotes();
            for (long id : ids(src, "SELECT id FROM contracts ORDER BY id")) {
                RowCopier rows = new RowCopier(src, dst, new CopiedRows(dst, sourceId));
                ContractOutcome o = inTransaction(dst, () -> new ContractCopy(rows, to.changes(), notes).copy(id));
                contracts.merge(o, 1, Integer::sum);
                if (o == ContractOutcome.ADDED_TO) {
                    rows.added().forEach((table, n) -> addedToEarlier.merge(table, n, Integer::sum));
                }
            }
            for (long id : ids(src, "SELECT id FROM launches ORDER BY id")) {
                RowCopier rows = new RowCopier(src, dst, new CopiedRows(dst, sourceId));
                LaunchOutcome o = inTransaction(dst, () -> new LaunchCopy(rows, to.changes(), notes).copy(id));
                launches.merge(o, 1, Integer::sum);
                if (o == LaunchOutcome.ADDED_TO) {
                    rows.added().forEach((table, n) -> addedToEarlier.merge(table, n, Integer::sum));
                }
            }
            return new Report(contracts, launches, addedToEarlier, notes.updated, notes.conflicts, notes.renamedLaunches);
        } catch (SQLException e) {
            throw new StoreException("The copy stopped: a database could not be read or written (what was copied"
                    + " so far is kept, and running the copy again goes on from there); see the log for details", e);
        }
    }

    private interface Step<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, Step<T> step) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = step.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        return SqlRunner.query(c, sql, rs -> rs.getLong(1));
    }
}

package com.clearance.persistence;

import com.clearance.persistence.DatabaseCopy.ContractOutcome;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies one contract of the source into the target, or adds to the target's copy what the source gained since:
 * audits, decision events and renames or deletions, each once. Its vendor name, deletion and current decisions follow
 * what the source changed since the last copy, unless the target changed the same part too (see {@link ThreeWayMerge}).
 */
final class ContractCopy {

    private static final CopiedTable AUDITS = new CopiedTable("audits", "contract_id",
            List.of("library_version", "score", "audited_at"));
    private static final CopiedTable DECISION_EVENTS = new CopiedTable("decision_events", "contract_id",
            List.of("clause_id", "action", "reviewer", "occurred_at"));
    private static final CopiedTable CONTRACT_EVENTS = new CopiedTable("contract_events", "contract_id",
            List.of("action", "actor", "occurred_at"));

    private final RowCopier rows;
    private final ChangeLog changes;
    private final CopyNotes notes;

    ContractCopy(RowCopier rows, ChangeLog changes, CopyNotes notes) {
        this.rows = rows;
        this.changes = changes;
        this.notes = notes;
    }

    ContractOutcome copy(long sourceId) throws SQLException {
        Map<String, Object> contract = RowCopier.rows(rows.src, "SELECT * FROM contracts WHERE id = ?", sourceId).get(0);
        Optional<Long> copiedBefore = rows.copied.target("contracts", sourceId);
        if (copiedBefore.isPresent()) {
            return addNew(sourceId, copiedBefore.get(), contract, ContractOutcome.ADDED_TO);
        }
        // a contract deleted in the file is not joined to the team's live one: its deletion would hide the team's
        Optional<Long> sameFile = contract.get("deleted_at") != null ? Optional.empty()
                : sameFile((String) contract.get("sha256"));
        if (sameFile.isPresent()) {
            rows.copied.remember("contracts", sourceId, sameFile.get());
            addNew(sourceId, sameFile.get(), contract, ContractOutcome.SAME_FILE);
            return ContractOutcome.SAME_FILE;
        }
        copyWhole(sourceId, contract);
        return ContractOutcome.COPIED;
    }

    /** A contract of the target made from the same file (same SHA-256) that no source contract became yet. */
    private Optional<Long> sameFile(String sha256) throws SQLException {
        return SqlRunner.query(rows.dst, "SELECT id FROM contracts WHERE sha256 = ? AND deleted_at IS NULL AND "
                + rows.copied.notYetFromSource("id", "contracts") + " ORDER BY id", rs -> rs.getLong(1), sha256)
                .stream().findFirst();
    }

    private void copyWhole(long sourceId, Map<String, Object> contract) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>(contract);
        Object supersedes = row.get("supersedes_id");
        row.put("supersedes_id", supersedes == null ? null
                : rows.copied.target("contracts", ((Number) supersedes).longValue()).orElse(null));
        long targetId = rows.insert("contracts", row);
        rows.copied.remember("contracts", sourceId, targetId);
        topUpTrails(sourceId, targetId);
        for (Map<String, Object> d : RowCopier.rows(rows.src, "SELECT * FROM decisions WHERE contract_id = ?", sourceId)) {
            d.put("contract_id", targetId);
            rows.insertKeyed("decisions", d);
        }
        rows.copied.saveState("contracts", sourceId, state(rows.src, sourceId, contract));
        changes.append(rows.dst, null, "contract", targetId, null, "copied " + contract.get("document_name") + " ("
                + contract.get("vendor") + ") into this database");
    }

    private ContractOutcome addNew(long sourceId, long targetId, Map<String, Object> contract, ContractOutcome ifAny)
            throws SQLException {
        int before = rows.addedCount();
        topUpTrails(sourceId, targetId);
        int updates = followChanges(sourceId, targetId, contract);
        if (rows.addedCount() == before && updates == 0) {
            return ContractOutcome.NOTHING_NEW;
        }
        changes.append(rows.dst, null, "contract", targetId, null, "added what was new in " + contract.get("document_name")
                + " (" + contract.get("vendor") + ") from another database");
        return ifAny;
    }

    /**
     * The vendor name, deletion and current decisions the source changed since the last copy go over where the
     * target kept them as they were; where the target changed them too, the target's stay and it is noted.
     */
    private int followChanges(long sourceId, long targetId, Map<String, Object> contract) throws SQLException {
        Map<String, String> source = state(rows.src, sourceId, contract);
        Map<String, Object> there = RowCopier.rows(rows.dst, "SELECT * FROM contracts WHERE id = ?", targetId).get(0);
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(rows.copied.state("contracts", sourceId), source,
                state(rows.dst, targetId, there));
        for (String key : merge.apply()) {
            switch (CopyNotes.kind(key)) {
                case "vendor" -> SqlRunner.update(rows.dst, "UPDATE contracts SET vendor = ? WHERE id = ?",
                        contract.get("vendor"), targetId);
                case "deleted" -> SqlRunner.update(rows.dst, "UPDATE contracts SET deleted_at = ?, deleted_by = ?"
                        + " WHERE id = ?", contract.get("deleted_at"), contract.get("deleted_by"), targetId);
                default -> followDecision(sourceId, targetId, CopyNotes.detail(key));
            }
            notes.updated(key);
        }
        merge.conflicts().forEach(key -> notes.conflict(there.get("vendor") + " (" + there.get("document_name") + ")", key));
        rows.copied.saveState("contracts", sourceId, source);
        return merge.apply().size();
    }

    /** A contract's parts: its vendor name, whether it is deleted, and its current decision per clause. */
    private static Map<String, String> state(java.sql.Connection c, long id, Map<String, Object> contract)
            throws SQLException {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("vendor", CopiedState.fingerprint(contract.get("vendor")));
        if (contract.get("deleted_at") != null) {
            state.put("deleted", CopiedState.fingerprint(contract.get("deleted_at"), contract.get("deleted_by")));
        }
        for (Map<String, Object> d : RowCopier.rows(c, "SELECT * FROM decisions WHERE contract_id = ? ORDER BY clause_id", id)) {
            state.put("decision " + d.get("clause_id"), CopiedState.fingerprint(d.get("decision"), d.get("note"),
                    d.get("reviewer"), d.get("decided_at")));
        }
        return state;
    }

    private void topUpTrails(long sourceId, long targetId) throws SQLException {
        rows.topUp(AUDITS, sourceId, targetId, (row, ids) -> { }, this::copyFindings);
        rows.topUp(DECISION_EVENTS, sourceId, targetId, (row, ids) -> {
            Object undoes = row.get("undoes_event_id");
            row.put("undoes_event_id", undoes == null ? null : ids.get(((Number) undoes).longValue()));
        }, (s, t) -> { });
        rows.topUp(CONTRACT_EVENTS, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
    }

    /** An audit's findings and their evidence go over with it, whole. */
    private void copyFindings(long sourceAudit, long targetAudit) throws SQLException {
        for (Map<String, Object> finding : RowCopier.rows(rows.src, "SELECT * FROM findings WHERE audit_id = ? ORDER BY id",
                sourceAudit)) {
            long sourceFinding = RowCopier.id(finding);
            finding.put("audit_id", targetAudit);
            long targetFinding = rows.insert("findings", finding);
            for (Map<String, Object> e : RowCopier.rows(rows.src, "SELECT * FROM evidence WHERE finding_id = ? ORDER BY id",
                    sourceFinding)) {
                e.put("finding_id", targetFinding);
                rows.insert("evidence", e);
            }
        }
    }

    /** The target's current decision on a clause becomes the source's (none, after an undo back to nothing). */
    private void followDecision(long sourceId, long targetId, String clause) throws SQLException {
        SqlRunner.update(rows.dst, "DELETE FROM decisions WHERE contract_id = ? AND clause_id = ?", targetId, clause);
        for (Map<String, Object> d : RowCopier.rows(rows.src, "SELECT * FROM decisions WHERE contract_id = ? AND clause_id = ?",
                sourceId, clause)) {
            d.put("contract_id", targetId);
            rows.insertKeyed("decisions", d);
        }
    }
}

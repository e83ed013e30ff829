package com.clearance.persistence;

import com.clearance.persistence.DatabaseCopy.ContractOutcome;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copies one contract of the source into the target, or adds to the target's copy what the source gained since:
 * audits, decision events and renames or deletions, each once. The target's current decisions and vendor name follow
 * the source only where the source's trail entry is the newest; a later decision made in the target stays.
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

    ContractCopy(RowCopier rows, ChangeLog changes) {
        this.rows = rows;
        this.changes = changes;
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
        changes.append(rows.dst, null, "contract", targetId, null, "copied " + contract.get("document_name") + " ("
                + contract.get("vendor") + ") into this database");
    }

    private ContractOutcome addNew(long sourceId, long targetId, Map<String, Object> contract, ContractOutcome ifAny)
            throws SQLException {
        int before = rows.addedCount();
        Trails added = topUpTrails(sourceId, targetId);
        for (String clause : added.clauses()) {
            if (rows.newestFromSource("decision_events", "occurred_at", "contract_id = ? AND clause_id = ?", targetId, clause)) {
                followDecision(sourceId, targetId, clause);
            }
        }
        if (added.contractEvents() && rows.newestFromSource("contract_events", "occurred_at", "contract_id = ?", targetId)) {
            SqlRunner.update(rows.dst, "UPDATE contracts SET vendor = ?, deleted_at = ?, deleted_by = ? WHERE id = ?",
                    contract.get("vendor"), contract.get("deleted_at"), contract.get("deleted_by"), targetId);
        }
        if (rows.addedCount() == before) {
            return ContractOutcome.NOTHING_NEW;
        }
        changes.append(rows.dst, null, "contract", targetId, null, "added what was new in " + contract.get("document_name")
                + " (" + contract.get("vendor") + ") from another database");
        return ifAny;
    }

    /** The clauses whose decision trail grew, and whether renames or deletions came over. */
    private record Trails(Set<String> clauses, boolean contractEvents) {
    }

    private Trails topUpTrails(long sourceId, long targetId) throws SQLException {
        rows.topUp(AUDITS, sourceId, targetId, (row, ids) -> { }, this::copyFindings);
        RowCopier.TopUp events = rows.topUp(DECISION_EVENTS, sourceId, targetId, (row, ids) -> {
            Object undoes = row.get("undoes_event_id");
            row.put("undoes_event_id", undoes == null ? null : ids.get(((Number) undoes).longValue()));
        }, (s, t) -> { });
        Set<String> clauses = new LinkedHashSet<>();
        events.added().forEach(e -> clauses.add((String) e.get("clause_id")));
        RowCopier.TopUp contractEvents = rows.topUp(CONTRACT_EVENTS, sourceId, targetId, (row, ids) -> { }, (s, t) -> { });
        return new Trails(clauses, !contractEvents.added().isEmpty());
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

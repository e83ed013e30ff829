package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.domain.VersionStamp;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.StoreException;
import com.clearance.persistence.StoredAudit;
import com.clearance.text.VersionStampReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The vendor portfolio matrix and the clause-by-clause movement between two versions of one vendor's terms. */
public final class CompareService {

    private final ContractLibraryService library;
    private final ContractAuditor engine;

    public CompareService(ContractLibraryService library, ContractAuditor engine) {
        this.library = library;
        this.engine = engine;
    }

    public PortfolioMatrix matrix(List<Long> contractIds) throws StoreException {
        List<ContractRecord> columns = new ArrayList<>();
        List<AuditResult> results = new ArrayList<>();
        List<VersionStamp> stamps = new ArrayList<>();
        for (long id : contractIds) {
            ContractRecord c = library.contract(id).orElse(null);
            StoredAudit audit = library.latestAudit(id).orElse(null);
            if (c != null && audit != null) {
                columns.add(c);
                results.add(audit.result());
                stamps.add(stamp(id));
            }
        }
        List<PortfolioMatrix.Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> clause : clauseTitles(results).entrySet()) {
            List<Status> cells = new ArrayList<>();
            for (AuditResult r : results) {
                Finding f = r.finding(clause.getKey());
                cells.add(f == null ? null : f.status());
            }
            boolean differs = cells.stream().distinct().count() > 1;
            rows.add(new PortfolioMatrix.Row(clause.getKey(), clause.getValue(), cells, differs));
        }
        return new PortfolioMatrix(columns, rows, stamps);
    }

    /** The date and version the stored text states; none when that text cannot be read (the matrix still shows). */
    private VersionStamp stamp(long contractId) throws StoreException {
        try {
            return VersionStampReader.read(library.document(contractId).text());
        } catch (IllegalStateException e) {
            return VersionStamp.NONE;
        }
    }

    /** Which clauses moved from the older to the newer terms, and which way; moved clauses first. */
    public List<ClauseMovement> movements(long olderId, long newerId) throws StoreException {
        PortfolioMatrix m = matrix(List.of(olderId, newerId));
        if (m.contracts().size() < 2) {
            return List.of();
        }
        List<ClauseMovement> moves = new ArrayList<>();
        for (PortfolioMatrix.Row row : m.rows()) {
            Status before = row.cells().get(0);
            Status after = row.cells().get(1);
            moves.add(new ClauseMovement(row.clauseId(), row.title(), before, after, ClauseMovement.between(before, after)));
        }
        moves.sort((a, b) -> Boolean.compare(a.direction() == ClauseMovement.Direction.UNCHANGED,
                b.direction() == ClauseMovement.Direction.UNCHANGED));
        return moves;
    }

    /**
     * The wording differences between two versions: per clause whose status moved or whose deciding sentences
     * changed, each sentence beside its counterpart in the other version. Null when either has no stored audit.
     */
    public VersionDiff versionDiff(long olderId, long newerId) throws StoreException {
        StoredAudit older = library.latestAudit(olderId).orElse(null);
        StoredAudit newer = library.latestAudit(newerId).orElse(null);
        if (older == null || newer == null) {
            return null;
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (ClauseInfo c : engine.clauses()) {
            titles.put(c.id(), c.title());
        }
        return VersionDiffService.compare(library.document(olderId), older.result(), library.document(newerId),
                newer.result(), titles);
    }

    /** Clause ids in library order, then any the stored audits know and the library no longer has. */
    private Map<String, String> clauseTitles(List<AuditResult> results) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (ClauseInfo c : engine.clauses()) {
            titles.put(c.id(), c.title());
        }
        for (AuditResult r : results) {
            for (Finding f : r.findings()) {
                titles.putIfAbsent(f.clauseId(), f.clauseId());
            }
        }
        titles.keySet().removeIf(id -> results.stream().map(r -> r.finding(id)).allMatch(Objects::isNull));
        return titles;
    }
}

package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.Decision;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.DecisionRecord;
import com.clearance.persistence.StoreException;
import com.clearance.persistence.StoredAudit;
import com.clearance.report.AuditedContract;
import com.clearance.report.ReportContext;
import com.clearance.report.ReportWriteException;
import com.clearance.report.redline.RedlineSource;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Exports stored audits, with the reviewers' decisions, through the report exporters. */
public final class ContractReports {

    private final ContractLibraryService contracts;
    private final DecisionService decisions;
    private final Supplier<ReportService> reports;

    public ContractReports(ContractLibraryService contracts, DecisionService decisions, Supplier<ReportService> reports) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.reports = reports;
    }

    public void gapReport(long contractId, String reviewer, Path target) throws StoreException, ReportWriteException {
        reports.get().gapReport(audited(contractId, reviewer), target);
    }

    public void negotiationPack(long contractId, String reviewer, Path target) throws StoreException, ReportWriteException {
        reports.get().negotiationPack(audited(contractId, reviewer), target);
    }

    /** The redline of a stored contract: its original DOCX when that file is still there and unchanged. */
    public void redline(long contractId, String reviewer, Path target) throws StoreException, ReportWriteException {
        AuditedContract audited = audited(contractId, reviewer);
        ContractRecord record = contracts.contract(contractId).orElseThrow();
        ContractDocument document = contracts.document(contractId);
        Path source = record.sourcePath() == null ? null : Path.of(record.sourcePath());
        reports.get().redline(new RedlineSource(audited, document, ReportService.vendorDocx(document, source)), target);
    }

    public void portfolio(List<Long> contractIds, String reviewer, Path target) throws StoreException, ReportWriteException {
        List<AuditedContract> all = new ArrayList<>();
        for (long id : contractIds) {
            if (contracts.latestAudit(id).isPresent()) {
                all.add(audited(id, reviewer));
            }
        }
        reports.get().portfolio(all, target);
    }

    private AuditedContract audited(long contractId, String reviewer) throws StoreException {
        ContractRecord contract = contracts.contract(contractId)
                .orElseThrow(() -> new IllegalArgumentException("That contract is no longer in the database."));
        StoredAudit audit = contracts.latestAudit(contractId)
                .orElseThrow(() -> new IllegalArgumentException(contract.documentName() + " has not been audited yet."));
        List<Decision> made = new ArrayList<>();
        for (DecisionRecord d : decisions.current(contractId).values()) {
            made.add(new Decision(d.clauseId(), d.decision(), d.note(), d.reviewer(),
                    d.decidedAt() == null ? null : d.decidedAt().atZone(ZoneOffset.UTC).toLocalDate()));
        }
        return new AuditedContract(audit.result(), ReportContext.of(audit.result(), contract.vendor(), reviewer,
                audit.auditedAt().atZone(ZoneOffset.UTC).toLocalDate(), made)
                .withImportWarnings(contracts.importWarnings(contractId)));
    }
}

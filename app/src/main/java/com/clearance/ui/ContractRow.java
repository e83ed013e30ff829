package com.clearance.ui;

import com.clearance.domain.Status;
import com.clearance.persistence.AuditSummary;
import com.clearance.service.ContractOverview;

import java.time.Instant;

/**
 * One line of the contracts table. Score and counts are -1 / 0 when the contract was never audited; the score is -1
 * too for a document kept although it does not look like an agreement (its "missing" findings mean nothing).
 */
public record ContractRow(long id, String vendor, String document, Instant importedAt, int score, int protective,
                          int weak, int adverse, int missing, String libraryVersion, Long supersedesId) {

    public ContractRow(long id, String vendor, String document, Instant importedAt, int score, int protective,
                       int weak, int adverse, int missing, String libraryVersion) {
        this(id, vendor, document, importedAt, score, protective, weak, adverse, missing, libraryVersion, null);
    }

    static ContractRow of(ContractOverview o) {
        AuditSummary a = o.latestAudit();
        return new ContractRow(o.contract().id(), o.contract().vendor(), o.contract().documentName(),
                o.contract().importedAt(), a == null || !a.looksLikeAgreement() ? -1 : a.score(), a == null ? 0 : a.count(Status.PROTECTIVE),
                a == null ? 0 : a.count(Status.WEAK), a == null ? 0 : a.count(Status.ADVERSE),
                a == null ? 0 : a.count(Status.MISSING), a == null ? "" : a.libraryVersion(), o.contract().supersedesId());
    }

    int count(Status s) {
        return switch (s) {
            case PROTECTIVE -> protective;
            case WEAK -> weak;
            case ADVERSE -> adverse;
            case MISSING -> missing;
        };
    }

    @Override
    public String toString() {
        return vendor + " — " + document;
    }
}

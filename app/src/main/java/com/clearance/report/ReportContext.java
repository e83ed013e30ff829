package com.clearance.report;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Decision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report says about the review besides the findings: vendor, document, when it was audited, the clause-library
 * version, the reviewer, the contract's SHA-256, the reviewer's decisions keyed by clause id, and the warnings met
 * while importing the contract (a report must not present a damaged reading as a whole one).
 */
public record ReportContext(String vendor, String documentName, LocalDate auditedOn, String libraryVersion,
                            String reviewer, String contractSha256, Map<String, Decision> decisions,
                            List<String> importWarnings) {

    public ReportContext(String vendor, String documentName, LocalDate auditedOn, String libraryVersion,
                         String reviewer, String contractSha256, Map<String, Decision> decisions) {
        this(vendor, documentName, auditedOn, libraryVersion, reviewer, contractSha256, decisions, List.of());
    }

    public ReportContext {
        vendor = orDash(vendor);
        documentName = orDash(documentName);
        libraryVersion = orDash(libraryVersion);
        reviewer = orDash(reviewer);
        contractSha256 = orDash(contractSha256);
        if (auditedOn == null) {
            throw new IllegalArgumentException("a report needs the date the contract was audited");
        }
        decisions = Map.copyOf(decisions);
        importWarnings = importWarnings == null ? List.of() : List.copyOf(importWarnings);
    }

    public ReportContext withImportWarnings(List<String> warnings) {
        return new ReportContext(vendor, documentName, auditedOn, libraryVersion, reviewer, contractSha256, decisions,
                warnings);
    }

    /** The context for an audit result: document, digest and library version come from the result itself. */
    public static ReportContext of(AuditResult result, String vendor, String reviewer, LocalDate auditedOn,
                                   Collection<Decision> decisions) {
        Map<String, Decision> byClause = new LinkedHashMap<>();
        for (Decision d : decisions) {
            byClause.put(d.clauseId(), d);
        }
        return new ReportContext(vendor, result.document(), auditedOn, result.libraryVersion(), reviewer,
                result.sha256(), byClause);
    }

    /** The reviewer's decision on a clause, or null when none was recorded. */
    public Decision decision(String clauseId) {
        return decisions.get(clauseId);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s.strip();
    }
}

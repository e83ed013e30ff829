package com.clearance.report;

import com.clearance.domain.AuditResult;

/** One audited contract and what a report needs to say about its review. */
public record AuditedContract(AuditResult result, ReportContext context) {

    public AuditedContract {
        if (result == null || context == null) {
            throw new IllegalArgumentException("an audited contract needs both the audit result and its report context");
        }
    }
}

package com.clearance.domain;

import java.util.List;

/** A scored contract: one finding per clause of the library, the 0-100 score and how it was reached. */
public record AuditResult(
        String document,
        String sha256,
        int pages,
        int score,
        String scoreExplanation,
        String libraryVersion,
        List<Finding> findings) {

    public AuditResult {
        findings = List.copyOf(findings);
    }

    public Finding finding(String clauseId) {
        return findings.stream().filter(f -> f.clauseId().equals(clauseId)).findFirst().orElse(null);
    }
}

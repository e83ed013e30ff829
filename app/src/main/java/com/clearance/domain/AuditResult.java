package com.clearance.domain;

import java.util.List;

/**
 * A scored contract: one finding per clause of the library, the 0-100 score and how it was reached.
 * {@code clauseFailures}: one plain sentence per clause that could not be audited on this document (its library
 * version then says "partial", so the stored audit keeps the mark); empty for a whole audit.
 */
public record AuditResult(
        String document,
        String sha256,
        int pages,
        int score,
        String scoreExplanation,
        String libraryVersion,
        List<Finding> findings,
        List<String> clauseFailures) {

    public AuditResult {
        findings = List.copyOf(findings);
        clauseFailures = clauseFailures == null ? List.of() : List.copyOf(clauseFailures);
    }

    public AuditResult(String document, String sha256, int pages, int score, String scoreExplanation,
                       String libraryVersion, List<Finding> findings) {
        this(document, sha256, pages, score, scoreExplanation, libraryVersion, findings, List.of());
    }

    /** The same audit with a note appended to its library version ("(partial: left out a.yaml)"). */
    public AuditResult withLibraryMark(String mark) {
        return new AuditResult(document, sha256, pages, score, scoreExplanation, libraryVersion + mark, findings,
                clauseFailures);
    }

    public Finding finding(String clauseId) {
        return findings.stream().filter(f -> f.clauseId().equals(clauseId)).findFirst().orElse(null);
    }
}

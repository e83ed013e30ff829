package com.clearance.domain;

import java.util.List;

/**
 * A scored contract: one finding per clause of the library, the 0-100 score and how it was reached, and how the
 * document read as an agreement ({@code reading}; null for audits stored before it was recorded).
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
        DocumentReading reading,
        List<String> clauseFailures) {

    public AuditResult {
        findings = List.copyOf(findings);
        clauseFailures = clauseFailures == null ? List.of() : List.copyOf(clauseFailures);
    }

    public AuditResult(String document, String sha256, int pages, int score, String scoreExplanation,
                       String libraryVersion, List<Finding> findings, DocumentReading reading) {
        this(document, sha256, pages, score, scoreExplanation, libraryVersion, findings, reading, List.of());
    }

    public AuditResult(String document, String sha256, int pages, int score, String scoreExplanation,
                       String libraryVersion, List<Finding> findings) {
        this(document, sha256, pages, score, scoreExplanation, libraryVersion, findings, null, List.of());
    }

    /** The same audit with a note appended to its library version ("(partial: left out a.yaml)"). */
    public AuditResult withLibraryMark(String mark) {
        return withLibraryVersion(libraryVersion + mark);
    }

    /**
     * What the partial mark of the library version says was left out ("left out a.yaml", "one not audited"; both
     * when both happened), or null for a whole audit. Stored audits keep the mark, so this holds for them too.
     */
    public String leftOut() {
        if (libraryVersion == null || !libraryVersion.contains("(partial: ")) return null;
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(partial: ([^)]*)\\)").matcher(libraryVersion);
        while (m.find()) parts.add(m.group(1));
        return String.join("; ", parts);
    }

    /** False only when the reading says the document is not an agreement (old audits count as agreements). */
    public boolean looksLikeAgreement() {
        return reading == null || reading.looksLikeAgreement();
    }

    public AuditResult withLibraryVersion(String version) {
        return new AuditResult(document, sha256, pages, score, scoreExplanation, version, findings, reading,
                clauseFailures);
    }

    public Finding finding(String clauseId) {
        return findings.stream().filter(f -> f.clauseId().equals(clauseId)).findFirst().orElse(null);
    }
}

package com.clearance.domain.reporting;

/**
 * Labels of the facts on the gap report's cover. {@code importWarnings} (optional in the template) heads the soft
 * problems met while reading the contract (a damaged page, a repaired file, a replaced character).
 */
public record GapCoverLabels(String vendor, String document, String audited, String library, String reviewer,
                             String sha256, String importWarnings) {

    public GapCoverLabels {
        importWarnings = importWarnings == null || importWarnings.isBlank() ? "Read with warnings" : importWarnings;
    }
}

package com.clearance.domain.reporting;

/** Labels of the facts on the gap report's cover. */
public record GapCoverLabels(String vendor, String document, String audited, String library, String reviewer,
                             String sha256) {
}

package com.clearance.domain.reporting;

/** Table column headers of the readiness report. */
public record ReadinessColumns(String phase, String weeks, String done, String completion, String item, String owner,
                               String due, String state, String evidence, String reason, String by, String until,
                               String category, String expectedWeeks, String observed, String total,
                               String outside) {
}

package com.clearance.domain.reporting;

/** Labels of the facts at the head of the readiness report, and of evidence inside item rows. */
public record ReadinessLabels(String launch, String feature, String launchDate, String asOf, String week,
                              String template, String team, String doneBy, String waivedBy, String atRisk,
                              String unassigned) {
}

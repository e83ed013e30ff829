package com.clearance.domain.reporting;

/**
 * Labels of the facts at the head of the readiness report, and of evidence inside item rows: {@code expected} leads
 * the evidence an open item still needs (in grey, so it never reads as recorded), {@code note} a finding on a done one.
 */
public record ReadinessLabels(String launch, String feature, String launchDate, String asOf, String week,
                              String template, String team, String doneBy, String waivedBy, String atRisk,
                              String unassigned, String expected, String note, String heldBy) {
}

package com.clearance.domain.reporting;

/** How one status shows in every report: its label, its text colour and its fill colour (both #RRGGBB). */
public record StatusStyle(String label, String ink, String fill) {
}

package com.clearance.domain.reporting;

/** The few colours a report uses besides the status colours, all #RRGGBB. */
public record ThemeColours(String ink, String muted, String accent, String rule, String tableHeader) {
}

package com.clearance.domain.reporting;

import com.clearance.domain.Status;

import java.util.Map;

/**
 * The look shared by every report: fonts, colours, one style per status (keyed by status id), an optional logo
 * (null for none), the page size (A4 or LETTER) and the page margin in millimetres.
 */
public record ReportTheme(ThemeFonts fonts, ThemeColours colours, Map<String, StatusStyle> statuses, String logo,
                          String pageSize, double marginMm) {

    public ReportTheme {
        statuses = Map.copyOf(statuses);
    }

    public StatusStyle style(Status status) {
        return statuses.get(status.id());
    }
}

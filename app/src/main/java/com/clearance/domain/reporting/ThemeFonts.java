package com.clearance.domain.reporting;

/** TrueType files for the PDF reports, as paths in the reports folder or as classpath resources (e.g. fonts/X.ttf). */
public record ThemeFonts(String body, String bodyBold, String bodyItalic, String heading, String label) {
}

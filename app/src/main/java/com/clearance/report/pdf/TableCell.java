package com.clearance.report.pdf;

/** One table cell: its text, style, and an optional background (null for none). */
public record TableCell(String text, TextStyle style, Rgb fill) {

    public static TableCell plain(String text, TextStyle style) {
        return new TableCell(text, style, null);
    }
}

package com.clearance.text;

/**
 * One paragraph-like unit of extracted text as a reader sees it: lines joined with single spaces, hyphenation across
 * lines resolved, page furniture removed. {@code headingLevel} is 1..6 for a HEADING the source format marked (HTML
 * h1-h6, DOCX heading styles, Markdown #), 0 otherwise. {@code page} is 1-based (1 for formats without pages).
 */
public record TextBlock(String text, int page, BlockKind kind, int headingLevel) {

    public static TextBlock paragraph(String text, int page) {
        return new TextBlock(text, page, BlockKind.PARAGRAPH, 0);
    }

    public static TextBlock heading(String text, int page, int level) {
        return new TextBlock(text, page, BlockKind.HEADING, level);
    }
}

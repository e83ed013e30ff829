package com.clearance.ingest.pdf;

/**
 * One printed line of a PDF page: its text and where it sits. {@code baseline} grows downwards from the top of the
 * page; {@code left}/{@code right} are the x extent; {@code height} is the tallest glyph on the line.
 */
public record PdfLine(String text, float baseline, float height, float left, float right) {

    public float width() {
        return right - left;
    }
}

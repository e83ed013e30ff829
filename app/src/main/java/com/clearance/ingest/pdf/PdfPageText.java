package com.clearance.ingest.pdf;

import java.util.List;

/**
 * The lines of one page in reading order. {@code readable} is false when the page could not be processed;
 * {@code undecodedGlyphs} counts glyphs whose font gave no Unicode mapping (the text has gaps there).
 */
public record PdfPageText(int number, List<PdfLine> lines, boolean readable, int undecodedGlyphs) {

    public PdfPageText {
        lines = List.copyOf(lines);
    }

    public boolean hasText() {
        return lines.stream().anyMatch(l -> !l.text().isBlank());
    }

    public PdfPageText withLines(List<PdfLine> kept) {
        return new PdfPageText(number, kept, readable, undecodedGlyphs);
    }
}

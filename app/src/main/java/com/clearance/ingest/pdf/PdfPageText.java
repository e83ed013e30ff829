package com.clearance.ingest.pdf;

import java.util.List;

/**
 * The lines of one page in reading order. {@code readable} is false when the page could not be processed;
 * {@code undecodedGlyphs} counts glyphs whose font gave no Unicode mapping and {@code failedOperations} drawing
 * instructions PDFBox had to skip (a damaged font or stream): in both cases the text has gaps there.
 * {@code textOperators} and {@code imageOperators} count the text-showing and image-drawing instructions met (a
 * scanned page draws images and shows no text), and {@code damagedStream} is true when the page's content stream
 * could not be decompressed to its end (PDFBox then reads what it got, silently).
 */
public record PdfPageText(int number, List<PdfLine> lines, boolean readable, int undecodedGlyphs,
                          int failedOperations, int textOperators, int imageOperators, boolean damagedStream) {

    public PdfPageText {
        lines = List.copyOf(lines);
    }

    public PdfPageText(int number, List<PdfLine> lines, boolean readable, int undecodedGlyphs, int failedOperations) {
        this(number, lines, readable, undecodedGlyphs, failedOperations, lines.isEmpty() ? 0 : 1, 0, false);
    }

    public boolean hasText() {
        return lines.stream().anyMatch(l -> !l.text().isBlank());
    }

    public PdfPageText withLines(List<PdfLine> kept) {
        return new PdfPageText(number, kept, readable, undecodedGlyphs, failedOperations, textOperators,
                imageOperators, damagedStream);
    }
}

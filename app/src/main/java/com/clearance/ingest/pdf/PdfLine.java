package com.clearance.ingest.pdf;

import com.clearance.text.LayoutWord;

import java.util.List;

/**
 * One printed line of a PDF page: its text and where it sits. {@code baseline} grows downwards from the top of the
 * page; {@code left}/{@code right} are the x extent; {@code height} is the tallest glyph on the line. {@code words}
 * holds the recognised words with their boxes and confidences when the line came from OCR, and is empty for a line of
 * the text layer.
 */
public record PdfLine(String text, float baseline, float height, float left, float right, List<LayoutWord> words) {

    public PdfLine {
        words = words == null ? List.of() : List.copyOf(words);
    }

    public PdfLine(String text, float baseline, float height, float left, float right) {
        this(text, baseline, height, left, right, List.of());
    }

    public float width() {
        return right - left;
    }

    /** The line as layout words: the recognised words, or for a text-layer line the whole line as one. */
    public List<LayoutWord> layoutWords() {
        if (!words.isEmpty()) {
            return words;
        }
        float top = baseline - Math.max(height, 1f);
        return List.of(new LayoutWord(text, left, top, right, baseline + Math.max(height, 1f) * 0.25f, -1));
    }
}

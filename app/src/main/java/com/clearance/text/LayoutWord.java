package com.clearance.text;

/**
 * A word (or, from a PDF text layer, a whole line) as printed: its text and box in page units measured from the
 * top-left corner, and its recognition confidence 0..100, or -1 when it came from a text layer.
 */
public record LayoutWord(String text, float left, float top, float right, float bottom, float confidence) {

    public boolean recognised() {
        return confidence >= 0;
    }
}

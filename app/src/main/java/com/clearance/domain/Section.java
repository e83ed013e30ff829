package com.clearance.domain;

/**
 * A section as printed: its numbering ("2.3(b)", "Section 7", "Article IV", "Schedule 2", "Exhibit A"; null for an
 * unnumbered heading), heading text, nesting level (1 = top), the page it starts on, and its character range.
 */
public record Section(String number, String heading, int level, int page, int start, int end) {

    /** The label a reader would cite: the number when there is one, else the heading. */
    public String label() {
        return number != null && !number.isBlank() ? number : heading;
    }
}

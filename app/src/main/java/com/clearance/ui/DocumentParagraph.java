package com.clearance.ui;

import java.util.List;

/**
 * One paragraph of the document text as the audit view lists it: where it starts, its page (0 when unknown), and the
 * parts of it that are evidence for the selected finding (offsets relative to the paragraph).
 */
public record DocumentParagraph(int start, String text, int page, List<Range> highlights) {

    /** A marked part: the evidence ("evidence-text"), a search hit ("search-hit") or the current hit. */
    public record Range(int from, int to, String style) {
        public Range(int from, int to) {
            this(from, to, "evidence-text");
        }
    }

    public DocumentParagraph {
        highlights = List.copyOf(highlights);
    }

    public boolean highlighted() {
        return !highlights.isEmpty();
    }

    /** Splits a text into paragraphs at line breaks, keeping each one's offset into the whole text. */
    static List<DocumentParagraph> split(String text, List<com.clearance.domain.PageSpan> pages) {
        List<DocumentParagraph> out = new java.util.ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                out.add(new DocumentParagraph(start, text.substring(start, end), pageAt(pages, start), List.of()));
            }
            start = end + 1;
        }
        return out;
    }

    /** This paragraph with the given document ranges (start, end) marked where they overlap it. */
    DocumentParagraph marking(List<int[]> ranges) {
        int end = start + text.length();
        List<Range> marks = new java.util.ArrayList<>();
        for (int[] r : ranges) {
            int from = Math.max(r[0], start);
            int to = Math.min(r[1], end);
            if (from < to) {
                marks.add(new Range(from - start, to - start));
            }
        }
        return new DocumentParagraph(start, text, page, marks);
    }

    /** This paragraph with search hits marked (the hit at {@code current}, a document offset, stands out). */
    DocumentParagraph markingHits(List<int[]> hits, int current) {
        int end = start + text.length();
        List<Range> marks = new java.util.ArrayList<>();
        for (int[] r : hits) {
            int from = Math.max(r[0], start);
            int to = Math.min(r[1], end);
            if (from < to) {
                marks.add(new Range(from - start, to - start, r[0] == current ? "search-current" : "search-hit"));
            }
        }
        return new DocumentParagraph(start, text, page, marks);
    }

    boolean contains(int offset) {
        return offset >= start && offset < start + text.length();
    }

    private static int pageAt(List<com.clearance.domain.PageSpan> pages, int offset) {
        for (com.clearance.domain.PageSpan p : pages) {
            if (offset >= p.start() && offset < p.end()) {
                return p.number();
            }
        }
        return 0;
    }
}

package com.clearance.domain;

import java.util.List;

/**
 * One sentence of the document with its character offsets into {@link ContractDocument#text()}, the page it starts on
 * (1 for formats without pages) and the labels of the sections that contain it, outermost first.
 */
public record Sentence(int index, String text, int start, int end, int page, List<String> sectionPath) {

    public Sentence {
        sectionPath = List.copyOf(sectionPath);
    }

    /** The innermost section label, or "" when the sentence stands before any section. */
    public String section() {
        return sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1);
    }
}

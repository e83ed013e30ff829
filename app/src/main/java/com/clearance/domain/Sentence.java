package com.clearance.domain;

import java.util.List;

/**
 * One sentence of the document with its character offsets into {@link ContractDocument#text()}, the page it starts on
 * (1 for formats without pages) and the labels of the sections that contain it, outermost first. {@code regions} are
 * the line boxes it covers on its printed pages (empty for formats without pages); {@code ocrConfidence} is the mean
 * recognition confidence (0..100) of its words when it was read from a scan, null when it came from a text layer.
 */
public record Sentence(int index, String text, int start, int end, int page, List<String> sectionPath,
                       List<TextRegion> regions, Double ocrConfidence) {

    public Sentence {
        sectionPath = List.copyOf(sectionPath);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public Sentence(int index, String text, int start, int end, int page, List<String> sectionPath) {
        this(index, text, start, end, page, sectionPath, List.of(), null);
    }

    /** The innermost section label, or "" when the sentence stands before any section. */
    public String section() {
        return sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1);
    }

    public boolean fromOcr() {
        return ocrConfidence != null;
    }

    /** The same sentence placed on the page. */
    public Sentence located(List<TextRegion> where, Double confidence) {
        return new Sentence(index, text, start, end, page, sectionPath, where, confidence);
    }
}

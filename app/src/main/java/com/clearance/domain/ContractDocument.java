package com.clearance.domain;

import java.util.List;

/**
 * A contract as the rest of Clearance reads it: pages, sections and sentences over one normalised text, the terms it
 * defines, and soft problems met while reading it. Immutable.
 */
public record ContractDocument(
        String name,
        DocumentFormat format,
        String sha256,
        String text,
        List<PageSpan> pages,
        List<Section> sections,
        List<Sentence> sentences,
        List<DefinedTerm> definedTerms,
        List<String> warnings) {

    public ContractDocument {
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        definedTerms = List.copyOf(definedTerms);
        warnings = List.copyOf(warnings);
    }

    public int pageCount() {
        return pages.size();
    }
}

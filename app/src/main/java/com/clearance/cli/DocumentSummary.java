package com.clearance.cli;

import com.clearance.domain.ContractDocument;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** What `clearance import --format json` prints for one document: the model summary, one object per line. */
@JsonPropertyOrder({"document", "format", "sha256", "pages", "sections", "sentences", "definedTerms", "warnings"})
record DocumentSummary(String document, String format, String sha256, int pages, List<SectionEntry> sections,
                       int sentences, List<TermEntry> definedTerms, List<String> warnings) {

    @JsonPropertyOrder({"number", "heading", "level", "page"})
    record SectionEntry(String number, String heading, int level, int page) {
    }

    @JsonPropertyOrder({"term", "definition", "page", "section"})
    record TermEntry(String term, String definition, int page, String section) {
    }

    static DocumentSummary of(ContractDocument doc) {
        return new DocumentSummary(doc.name(), doc.format().id(), doc.sha256(), doc.pageCount(),
                doc.sections().stream().map(s -> new SectionEntry(s.number(), s.heading(), s.level(), s.page())).toList(),
                doc.sentences().size(),
                doc.definedTerms().stream().map(t -> new TermEntry(t.term(), t.definition(), t.page(), t.section())).toList(),
                doc.warnings());
    }
}

package com.clearance.domain;

import java.util.List;
import java.util.Optional;

/**
 * A contract as the rest of Clearance reads it: pages, sections and sentences over one normalised text, the terms it
 * defines, soft problems met while reading it, and the pages that were read by OCR. Immutable.
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
        List<String> warnings,
        List<ScannedPage> scannedPages) {

    public ContractDocument {
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        definedTerms = List.copyOf(definedTerms);
        warnings = List.copyOf(warnings);
        // documents stored before OCR existed have no such list
        scannedPages = scannedPages == null ? List.of() : List.copyOf(scannedPages);
    }

    public ContractDocument(String name, DocumentFormat format, String sha256, String text, List<PageSpan> pages,
                            List<Section> sections, List<Sentence> sentences, List<DefinedTerm> definedTerms,
                            List<String> warnings) {
        this(name, format, sha256, text, pages, sections, sentences, definedTerms, warnings, List.of());
    }

    public int pageCount() {
        return pages.size();
    }

    /** The sentence that starts at {@code start} (evidence points at sentences by their offsets). */
    public Optional<Sentence> sentenceAt(int start) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = sentences.get(mid).start();
            if (s == start) {
                return Optional.of(sentences.get(mid));
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }
}

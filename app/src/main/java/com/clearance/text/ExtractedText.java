package com.clearance.text;

import com.clearance.domain.DocumentFormat;
import com.clearance.domain.ScannedPage;

import java.util.ArrayList;
import java.util.List;

/**
 * What a format importer hands on: the blocks in reading order, how many pages the source has (1 for formats without
 * pages), soft problems (an unreadable page, a missing font) that did not stop the import, where each printed line
 * sits on its page (PDF only; empty otherwise) and the pages that were read by OCR.
 */
public record ExtractedText(DocumentFormat format, int pageCount, List<TextBlock> blocks, List<String> warnings,
                            List<PageLayout> layout, List<ScannedPage> scannedPages) {

    public ExtractedText {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
        layout = List.copyOf(layout);
        scannedPages = List.copyOf(scannedPages);
    }

    public ExtractedText(DocumentFormat format, int pageCount, List<TextBlock> blocks, List<String> warnings) {
        this(format, pageCount, blocks, warnings, List.of(), List.of());
    }

    /** The same text with {@code more} warnings first (problems met before the text was parsed, like its encoding). */
    public ExtractedText withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(more);
        all.addAll(warnings);
        return new ExtractedText(format, pageCount, blocks, all, layout, scannedPages);
    }
}

package com.clearance.text;

import com.clearance.domain.DocumentFormat;

import java.util.List;

/**
 * What a format importer hands on: the blocks in reading order, how many pages the source has (1 for formats without
 * pages), and soft problems (an unreadable page, a missing font) that did not stop the import.
 */
public record ExtractedText(DocumentFormat format, int pageCount, List<TextBlock> blocks, List<String> warnings) {

    public ExtractedText {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** The same text with {@code more} warnings first (problems met before the text was parsed, like its encoding). */
    public ExtractedText withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(more);
        all.addAll(warnings);
        return new ExtractedText(format, pageCount, blocks, all);
    }
}

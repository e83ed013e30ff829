package com.clearance.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Soft problems met while reading a PDF, one plain sentence each; the import goes on without them. */
public final class PdfPageWarnings {

    private static final int LISTED = 10;

    private PdfPageWarnings() {
    }

    public static List<String> of(List<PdfPageText> pages, int pageCount) {
        List<String> warnings = new ArrayList<>();
        String unreadable = pageList(pages, p -> !p.readable());
        if (unreadable != null) {
            warnings.add(unreadable + " could not be read; the rest of the document was imported");
        }
        String blank = pageList(pages, p -> p.readable() && !p.hasText());
        if (blank != null && pages.size() == pageCount) {
            warnings.add(blank + " had no text (blank or scanned); anything printed there is missing");
        }
        String gaps = pageList(pages, p -> p.undecodedGlyphs() > 0);
        if (gaps != null) {
            warnings.add(gaps + " used a font without a Unicode map; some characters there are missing");
        }
        return warnings;
    }

    /** "page 7" or "pages 3, 4, 9 and 2 more"; null when no page matches. */
    private static String pageList(List<PdfPageText> pages, Predicate<PdfPageText> test) {
        List<Integer> numbers = pages.stream().filter(test).map(PdfPageText::number).toList();
        if (numbers.isEmpty()) {
            return null;
        }
        if (numbers.size() == 1) {
            return "page " + numbers.get(0);
        }
        StringBuilder sb = new StringBuilder("pages ");
        for (int i = 0; i < Math.min(LISTED, numbers.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append(numbers.get(i));
        }
        if (numbers.size() > LISTED) {
            sb.append(" and ").append(numbers.size() - LISTED).append(" more");
        }
        return sb.toString();
    }
}

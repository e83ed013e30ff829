package com.clearance.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/** Soft problems met while reading a PDF, one plain sentence each; the import goes on without them. */
public final class PdfPageWarnings {

    private static final int LISTED = 10;

    private PdfPageWarnings() {
    }

    public static List<String> of(List<PdfPageText> pages, int pageCount) {
        List<String> warnings = new ArrayList<>();
        String unreadable = pageList(numbers(pages, p -> !p.readable()));
        if (unreadable != null) {
            warnings.add(unreadable + " could not be read; the rest of the document was imported");
        }
        // PDFBox does not visit a page without a usable content stream: it counts as a page without text
        Set<Integer> blank = new TreeSet<>(numbers(pages, p -> p.readable() && !p.hasText()));
        Set<Integer> visited = pages.stream().map(PdfPageText::number).collect(Collectors.toSet());
        for (int n = 1; n <= pageCount; n++) {
            if (!visited.contains(n)) {
                blank.add(n);
            }
        }
        String empty = pageList(List.copyOf(blank));
        if (empty != null) {
            warnings.add(empty + " had no text (blank or scanned); anything printed there is missing");
        }
        String gaps = pageList(numbers(pages, p -> p.readable() && (p.undecodedGlyphs() > 0 || p.failedOperations() > 0)));
        if (gaps != null) {
            warnings.add(gaps + " had a damaged or unmapped font; some characters there are missing");
        }
        return warnings;
    }

    private static List<Integer> numbers(List<PdfPageText> pages, Predicate<PdfPageText> test) {
        return pages.stream().filter(test).map(PdfPageText::number).toList();
    }

    /** "page 7" or "pages 3, 4, 9 and 2 more"; null when no page matches. */
    private static String pageList(List<Integer> numbers) {
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

package com.clearance.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers, footers and page numbers: lines at the top or bottom edge of a page that repeat (digits
 * ignored) on at least half of the pages, and lines at the very edge that are only a page number. Only lines reached
 * from the edge through other furniture are considered, so body text that happens to repeat is kept.
 */
public final class RunningFurniture {

    /** How many lines from each edge may be furniture. */
    private static final int EDGE_DEPTH = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(page|p\\.|pg\\.?)?\\s*[-–—]?\\s*(\\d{1,4}|[ivxlc]{1,7})\\s*[-–—]?\\s*((of|/)\\s*\\d{1,4})?$"
                    + "|^(?i)\\d{1,4}\\s*\\|\\s*page$");

    private RunningFurniture() {
    }

    public static List<PdfPageText> strip(List<PdfPageText> pages) {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        for (PdfPageText page : pages) {
            countEdge(edge(page, true), topCounts);
            countEdge(edge(page, false), bottomCounts);
        }
        int pagesWithText = (int) pages.stream().filter(PdfPageText::hasText).count();
        int threshold = Math.max(2, (pagesWithText + 1) / 2);
        List<PdfPageText> result = new ArrayList<>(pages.size());
        for (PdfPageText page : pages) {
            Set<PdfLine> drop = Collections.newSetFromMap(new IdentityHashMap<>());
            markEdge(edge(page, true), topCounts, threshold, drop);
            markEdge(edge(page, false), bottomCounts, threshold, drop);
            if (drop.isEmpty()) {
                result.add(page);
            } else {
                result.add(page.withLines(page.lines().stream().filter(l -> !drop.contains(l)).toList()));
            }
        }
        return result;
    }

    /** Lines nearest the top (or bottom) edge, nearest first. */
    private static List<PdfLine> edge(PdfPageText page, boolean top) {
        List<PdfLine> sorted = new ArrayList<>(page.lines());
        Comparator<PdfLine> byBaseline = Comparator.comparingDouble(PdfLine::baseline);
        sorted.sort(top ? byBaseline : byBaseline.reversed());
        return sorted.subList(0, Math.min(EDGE_DEPTH, sorted.size()));
    }

    private static void countEdge(List<PdfLine> edge, Map<String, Integer> counts) {
        Set<String> seenOnPage = new HashSet<>();
        for (PdfLine line : edge) {
            String key = normalise(line.text());
            if (seenOnPage.add(key)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
    }

    private static void markEdge(List<PdfLine> edge, Map<String, Integer> counts, int threshold, Set<PdfLine> drop) {
        for (PdfLine line : edge) {
            boolean repeated = counts.getOrDefault(normalise(line.text()), 0) >= threshold;
            if (!repeated && !isPageNumber(line.text())) {
                return;
            }
            drop.add(line);
        }
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    /** Case, spacing and digits ignored, so "Page 3 of 12" and "Page 4 of 12" are the same line. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}

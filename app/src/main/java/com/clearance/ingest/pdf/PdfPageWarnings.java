package com.clearance.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Sorts the pages of a PDF into read, damaged, scanned and blank, and words the soft problems as one plain sentence
 * each. A damaged page (its content failed to parse or decompress, its drawing instructions failed, or its page
 * object is missing) is never taken for a blank or scanned one: only a page that draws images and shows no text is
 * "scanned". {@link #refusal()} says when so little could be read that the file must not pass for the contract.
 */
public final class PdfPageWarnings {

    private static final int LISTED = 10;

    private final int pageCount;
    private final List<Integer> whole = new ArrayList<>();
    private final List<Integer> partly = new ArrayList<>();
    private final Set<Integer> damaged = new TreeSet<>();
    private final List<Integer> scanned = new ArrayList<>();
    private final Set<Integer> blank = new TreeSet<>();
    private final List<Integer> fontGaps = new ArrayList<>();
    private final List<Integer> undecodable = new ArrayList<>();
    private final boolean xrefRebuilt;

    private PdfPageWarnings(int pageCount, boolean xrefRebuilt) {
        this.pageCount = pageCount;
        this.xrefRebuilt = xrefRebuilt;
    }

    /**
     * @param brokenPages pages PDFBox did not visit because their page object or content stream is missing or not a
     *                    stream (a page without any content is blank, not broken)
     */
    public static PdfPageWarnings assess(List<PdfPageText> pages, int pageCount, Set<Integer> brokenPages,
                                         boolean xrefRebuilt) {
        PdfPageWarnings w = new PdfPageWarnings(pageCount, xrefRebuilt);
        Set<Integer> visited = pages.stream().map(PdfPageText::number).collect(Collectors.toSet());
        for (PdfPageText p : pages) {
            w.sort(p);
        }
        for (int n = 1; n <= pageCount; n++) {
            if (!visited.contains(n)) {
                (brokenPages.contains(n) ? w.damaged : w.blank).add(n);
            }
        }
        return w;
    }

    private void sort(PdfPageText p) {
        int n = p.number();
        if (!p.readable()) {
            damaged.add(n);
        } else if (p.hasText()) {
            (p.damagedStream() ? partly : whole).add(n);
            if (p.undecodedGlyphs() > 0 || p.failedOperations() > 0) {
                fontGaps.add(n);
            }
        } else if (p.damagedStream()) {
            damaged.add(n);
        } else if (p.undecodedGlyphs() > 0) {
            undecodable.add(n); // text was drawn in a font without a character map
        } else if (p.failedOperations() > 0) {
            damaged.add(n); // its drawing instructions failed and nothing came out
        } else if (p.imageOperators() > 0) {
            scanned.add(n);
        } else {
            blank.add(n);
        }
    }

    /** Pages whose text was read to the end. */
    public int pagesReadWhole() {
        return whole.size();
    }

    public boolean anyText() {
        return !whole.isEmpty() || !partly.isEmpty();
    }

    public boolean anyDamage() {
        return !damaged.isEmpty() || !partly.isEmpty();
    }

    public boolean anyScanned() {
        return !scanned.isEmpty();
    }

    /** Pages that draw images and show no text, in page order. */
    public List<Integer> scannedPages() {
        return List.copyOf(scanned);
    }

    /** Scanned pages that OCR has read are no longer reported as missing. Call after {@link #refusal()}. */
    public void recognised(java.util.Collection<Integer> pages) {
        scanned.removeAll(pages);
    }

    public boolean anyUndecodable() {
        return !undecodable.isEmpty();
    }

    /**
     * The plain reason to refuse the file, or null: damage left fewer than half the pages that should carry text
     * readable to the end (scanned and blank pages aside).
     */
    public String refusal() {
        int expected = pageCount - scanned.size() - blank.size() - undecodable.size();
        if (anyDamage() && whole.size() * 2 < expected) {
            return "only " + whole.size() + " of " + pageCount + " pages could be read; the file is damaged";
        }
        return null;
    }

    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (xrefRebuilt) {
            warnings.add("the file's cross-reference table is broken and was rebuilt from what was left; text may be"
                    + " missing, so check it against the original");
        }
        String lost = pageList(List.copyOf(damaged));
        if (lost != null) {
            warnings.add(lost + " could not be read: the file is damaged there, and anything printed there is missing ("
                    + whole.size() + " of " + pageCount + " pages read whole)");
        }
        String cut = pageList(partly);
        if (cut != null) {
            warnings.add(cut + " could be read only in part: the file is damaged there, and some text is missing");
        }
        String images = pageList(scanned);
        if (images != null) {
            warnings.add(images + " had no text, only images (scanned); anything printed there is missing");
        }
        String empty = pageList(List.copyOf(blank));
        if (empty != null) {
            warnings.add(empty + " had no text (blank)");
        }
        String noMap = pageList(undecodable);
        if (noMap != null) {
            warnings.add(noMap + " showed text in a font without a character map; anything printed there is missing");
        }
        String gaps = pageList(fontGaps);
        if (gaps != null) {
            warnings.add(gaps + " had a damaged or unmapped font; some characters there are missing");
        }
        return warnings;
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

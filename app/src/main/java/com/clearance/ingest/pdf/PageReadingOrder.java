package com.clearance.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's lines in reading order when the content stream drew them out of order. Most PDFs draw top to
 * bottom and are left alone (no sorting cost); a single-column page whose lines jump back up is sorted by baseline,
 * and fragments sharing a baseline are merged left to right. Multi-column pages keep the stream's order, which
 * follows the columns.
 */
final class PageReadingOrder {

    private PageReadingOrder() {
    }

    static List<PdfLine> of(List<PdfLine> lines) {
        if (lines.size() < 2 || isTopToBottom(lines) || looksMultiColumn(lines)) {
            return lines;
        }
        List<PdfLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(PdfLine::baseline));
        List<PdfLine> merged = new ArrayList<>(sorted.size());
        List<PdfLine> sameBaseline = new ArrayList<>();
        for (PdfLine line : sorted) {
            if (!sameBaseline.isEmpty() && !onSameBaseline(sameBaseline.get(0), line)) {
                merged.add(merge(sameBaseline));
                sameBaseline.clear();
            }
            sameBaseline.add(line);
        }
        merged.add(merge(sameBaseline));
        return merged;
    }

    private static boolean isTopToBottom(List<PdfLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            PdfLine previous = lines.get(i - 1);
            if (lines.get(i).baseline() < previous.baseline() - Math.max(2f, previous.height() * 0.5f)) {
                return false;
            }
        }
        return true;
    }

    /** A fair share of narrow lines that start right of the middle of the text area means a second column. */
    private static boolean looksMultiColumn(List<PdfLine> lines) {
        float left = (float) lines.stream().mapToDouble(PdfLine::left).min().orElse(0);
        float right = (float) lines.stream().mapToDouble(PdfLine::right).max().orElse(0);
        float width = right - left;
        long rightColumn = lines.stream()
                .filter(l -> l.left() > left + width * 0.45f && l.width() < width * 0.55f).count();
        return rightColumn >= Math.max(3, lines.size() * 0.3);
    }

    private static boolean onSameBaseline(PdfLine a, PdfLine b) {
        return Math.abs(a.baseline() - b.baseline()) <= Math.max(1f, Math.min(a.height(), b.height()) * 0.3f);
    }

    private static PdfLine merge(List<PdfLine> fragments) {
        if (fragments.size() == 1) {
            return fragments.get(0);
        }
        List<PdfLine> byX = new ArrayList<>(fragments);
        byX.sort(Comparator.comparingDouble(PdfLine::left));
        StringBuilder text = new StringBuilder();
        float height = 0;
        List<com.clearance.text.LayoutWord> words = new ArrayList<>();
        for (PdfLine f : byX) {
            text.append(text.isEmpty() ? "" : " ").append(f.text());
            height = Math.max(height, f.height());
            words.addAll(f.words());
        }
        return new PdfLine(text.toString(), byX.get(0).baseline(), height, byX.get(0).left(),
                (float) byX.stream().mapToDouble(PdfLine::right).max().orElse(0), words);
    }
}

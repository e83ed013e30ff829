package com.clearance.text;

import com.clearance.domain.Sentence;
import com.clearance.domain.TextRegion;

import java.util.ArrayList;
import java.util.List;

/**
 * Places sentences on their printed pages. The structured text and the page layout come from the same lines, but
 * hyphens, spacing and running headers differ between them, so both are compared as their letters and digits only:
 * a sentence is found in the page stream at or after the previous one, and the words it covers give one box per
 * printed line. A line from a text layer has no word boxes, so a sentence that starts or ends inside it gets the share
 * of the line its characters take. Linear in the size of the document for text in reading order.
 */
public final class SentenceLocator {

    /** How far past the previous sentence (in letters) a sentence is looked for before the page is searched. */
    private static final int WINDOW = 20_000;
    /** A sentence the stream does not hold whole is anchored on this many letters and extended as far as it agrees. */
    private static final int ANCHOR = 24;

    private final StringBuilder stream = new StringBuilder();
    /** For each letter of the stream, the index of its word in {@link #words}. */
    private int[] wordAt = new int[1024];
    private final List<Placed> words = new ArrayList<>();
    private final int[] pageStart;
    private final float[][] pageSize;

    private record Placed(int page, int line, LayoutWord word, int streamStart, int streamEnd) { }

    private SentenceLocator(List<PageLayout> layout) {
        int maxPage = layout.stream().mapToInt(PageLayout::page).max().orElse(0);
        pageStart = new int[maxPage + 2];
        pageSize = new float[maxPage + 1][];
        int lineId = 0;
        int lastPage = 0;
        for (PageLayout page : layout) {
            for (int p = lastPage + 1; p <= page.page(); p++) {
                pageStart[p] = stream.length();
            }
            lastPage = Math.max(lastPage, page.page());
            pageSize[page.page()] = new float[]{page.width(), page.height()};
            for (List<LayoutWord> line : page.lines()) {
                lineId++;
                for (LayoutWord word : line) {
                    int start = stream.length();
                    appendCompact(word.text(), stream);
                    if (wordAt.length < stream.length()) {
                        wordAt = java.util.Arrays.copyOf(wordAt, Math.max(stream.length(), wordAt.length * 2));
                    }
                    java.util.Arrays.fill(wordAt, start, stream.length(), words.size());
                    words.add(new Placed(page.page(), lineId, word, start, stream.length()));
                }
            }
        }
        for (int p = lastPage + 1; p < pageStart.length; p++) {
            pageStart[p] = stream.length();
        }
    }

    /** The sentences with their regions and, for those read by OCR, their confidence; unplaced ones unchanged. */
    public static List<Sentence> locate(List<Sentence> sentences, List<PageLayout> layout) {
        if (layout.isEmpty()) {
            return sentences;
        }
        SentenceLocator locator = new SentenceLocator(layout);
        List<Sentence> out = new ArrayList<>(sentences.size());
        int cursor = 0;
        for (Sentence s : sentences) {
            String key = compact(s.text());
            int[] found = key.isEmpty() ? null : locator.find(key, cursor, s.page());
            if (found == null) {
                out.add(s);
                continue;
            }
            cursor = found[1];
            out.add(locator.place(s, found[0], found[1]));
        }
        return out;
    }

    private int[] find(String key, int cursor, int page) {
        int pageFrom = page < pageStart.length ? pageStart[page] : stream.length();
        int from = Math.max(cursor, pageFrom);
        int[] hit = search(key, from, from + WINDOW + key.length());
        if (hit == null && pageFrom < from) {
            hit = search(key, pageFrom, from);
        }
        return hit;
    }

    /** [start, end) of {@code key} (or of its longest agreeing run after its anchor) starting in [from, to). */
    private int[] search(String key, int from, int to) {
        int limit = Math.min(to, stream.length());
        String anchor = key.length() > ANCHOR ? key.substring(0, ANCHOR) : key;
        char first = anchor.charAt(0);
        int bestStart = -1;
        for (int i = from; i < limit; i++) {
            if (stream.charAt(i) != first || !regionMatches(i, anchor)) {
                continue;
            }
            if (regionMatches(i, key)) {
                return new int[]{i, i + key.length()};
            }
            if (bestStart < 0) {
                bestStart = i;
            }
        }
        if (bestStart < 0) {
            return null;
        }
        int end = bestStart;
        while (end < stream.length() && end - bestStart < key.length() && stream.charAt(end) == key.charAt(end - bestStart)) {
            end++;
        }
        return new int[]{bestStart, end};
    }

    private boolean regionMatches(int at, String key) {
        if (at + key.length() > stream.length()) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (stream.charAt(at + k) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private Sentence place(Sentence s, int start, int end) {
        List<TextRegion> regions = new ArrayList<>();
        double confidenceSum = 0;
        int recognised = 0;
        int firstWord = wordAt[start];
        int lastWord = wordAt[end - 1];
        Box box = null;
        for (int w = firstWord; w <= lastWord; w++) {
            Placed p = words.get(w);
            if (box != null && (box.line != p.line())) {
                regions.add(box.region(pageSize[box.page]));
                box = null;
            }
            float[] x = clippedX(p, start, end);
            if (box == null) {
                box = new Box(p.page(), p.line(), x[0], p.word().top(), x[1], p.word().bottom());
            } else {
                box.grow(x[0], p.word().top(), x[1], p.word().bottom());
            }
            if (p.word().recognised()) {
                confidenceSum += p.word().confidence();
                recognised++;
            }
        }
        if (box != null) {
            regions.add(box.region(pageSize[box.page]));
        }
        return s.located(regions, recognised == 0 ? null : Math.round(confidenceSum / recognised * 10) / 10.0);
    }

    /** A text-layer line only partly in the sentence is cut at the sentence's share of its characters. */
    private static float[] clippedX(Placed p, int start, int end) {
        LayoutWord word = p.word();
        int length = p.streamEnd() - p.streamStart();
        if (word.recognised() || length == 0) {
            return new float[]{word.left(), word.right()};
        }
        float width = word.right() - word.left();
        float from = (float) (Math.max(start, p.streamStart()) - p.streamStart()) / length;
        float to = (float) (Math.min(end, p.streamEnd()) - p.streamStart()) / length;
        return new float[]{word.left() + width * from, word.left() + width * to};
    }

    private static final class Box {
        final int page;
        final int line;
        float left;
        float top;
        float right;
        float bottom;

        Box(int page, int line, float left, float top, float right, float bottom) {
            this.page = page;
            this.line = line;
            this.left = left;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
        }

        void grow(float l, float t, float r, float b) {
            left = Math.min(left, l);
            top = Math.min(top, t);
            right = Math.max(right, r);
            bottom = Math.max(bottom, b);
        }

        TextRegion region(float[] size) {
            double w = size == null || size[0] <= 0 ? 1 : size[0];
            double h = size == null || size[1] <= 0 ? 1 : size[1];
            return new TextRegion(page, clamp(left / w), clamp(top / h), clamp((right - left) / w),
                    clamp((bottom - top) / h));
        }

        private static double clamp(double v) {
            return Math.max(0, Math.min(1, v));
        }
    }

    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        appendCompact(text, out);
        return out.toString();
    }

    private static void appendCompact(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
    }
}

package com.clearance.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Differences between two texts word by word (and between two lists, item by item), as a longest common subsequence:
 * the words both share, those only the old one has and those only the new one has, in reading order. Common heads and
 * tails are matched first, so two long versions that differ in a few places cost little; a middle too large to align
 * (over {@value #MAX_CELLS} cells) is reported as removed then added.
 */
public final class WordDiff {

    public enum Op { SAME, REMOVED, ADDED }

    /** A run of words with one fate; words are joined by single spaces. */
    public record Piece(Op op, String text) {
    }

    /** One step of an alignment: SAME pairs old index with new index; REMOVED has only old, ADDED only new (-1). */
    public record Step(Op op, int oldIndex, int newIndex) {
    }

    static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {
    }

    public static List<Piece> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Piece> out = new ArrayList<>();
        Op current = null;
        StringBuilder text = new StringBuilder();
        for (Step s : align(a, b, String::equals)) {
            String word = s.op() == Op.ADDED ? b.get(s.newIndex()) : a.get(s.oldIndex());
            if (s.op() != current && current != null) {
                out.add(new Piece(current, text.toString()));
                text.setLength(0);
            }
            current = s.op();
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word);
        }
        if (current != null) {
            out.add(new Piece(current, text.toString()));
        }
        return out;
    }

    /** The share of words two texts have in common (Jaccard over lower-cased word sets), 0 to 1. */
    public static double similarity(String a, String b) {
        Set<String> x = new TreeSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> y = new TreeSet<>(Arrays.asList(b.toLowerCase(Locale.ROOT).split("\\W+")));
        x.remove("");
        y.remove("");
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> union = new TreeSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    public static <T> List<Step> align(List<T> a, List<T> b, BiPredicate<T, T> same) {
        int head = 0;
        while (head < a.size() && head < b.size() && same.test(a.get(head), b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && same.test(a.get(a.size() - 1 - tail), b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            out.add(new Step(Op.SAME, i, i));
        }
        middle(a, b, head, a.size() - tail, head, b.size() - tail, same, out);
        for (int k = tail; k > 0; k--) {
            out.add(new Step(Op.SAME, a.size() - k, b.size() - k));
        }
        return out;
    }

    private static <T> void middle(List<T> a, List<T> b, int a0, int a1, int b0, int b1, BiPredicate<T, T> same,
                                   List<Step> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > MAX_CELLS) {
            for (int i = a0; i < a1; i++) {
                out.add(new Step(Op.REMOVED, i, -1));
            }
            for (int j = b0; j < b1; j++) {
                out.add(new Step(Op.ADDED, -1, j));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same.test(a.get(a0 + i), b.get(b0 + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same.test(a.get(a0 + i), b.get(b0 + j))) {
                out.add(new Step(Op.SAME, a0 + i++, b0 + j++));
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Step(Op.REMOVED, a0 + i++, -1));
            } else {
                out.add(new Step(Op.ADDED, -1, b0 + j++));
            }
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}

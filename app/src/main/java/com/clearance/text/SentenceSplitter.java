package com.clearance.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Legal-aware sentence splitting in one pass over the text: a sentence ends at ".", "!" or "?" (with any closing
 * quote or bracket) followed by a space and a capital, digit, quote or bracket, unless the word before the stop is an
 * abbreviation ("Inc.", "U.S.", "e.g.", "Sec. 4"), an initial or a list number. Semicolons never end a sentence, but a
 * sentence longer than {@link #MAX_SENTENCE} characters is cut after a "; " so evidence stays readable.
 */
public final class SentenceSplitter {

    public static final int MAX_SENTENCE = 1500;
    private static final String CLOSERS = "\"”’')]";

    /** Sentence ranges [start, end) within {@code text[from, to)}, trimmed of surrounding space. */
    public List<int[]> split(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = skipSpace(text, end, to);
            if (next >= to || !startsSentence(text.charAt(next))
                    || (c == '.' && Abbreviations.protects(text, i, start, text.charAt(next)))) {
                continue;
            }
            add(text, start, end, out);
            start = next;
            i = next - 1;
        }
        add(text, start, to, out);
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([•".indexOf(c) >= 0;
    }

    private static int skipSpace(CharSequence text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Adds [start, end) trimmed, cutting an over-long sentence after semicolons. */
    private static void add(CharSequence text, int start, int end, List<int[]> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE) {
            int cut = lastSemicolon(text, start, start + MAX_SENTENCE);
            if (cut < 0) {
                break;
            }
            out.add(new int[]{start, cut + 1});
            start = skipSpace(text, cut + 1, end);
        }
        if (end > start) {
            out.add(new int[]{start, end});
        }
    }

    private static int lastSemicolon(CharSequence text, int start, int limit) {
        for (int i = limit - 1; i > start + MAX_SENTENCE / 4; i--) {
            if (text.charAt(i) == ';' && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }
}

package com.clearance.scoring.eval;

import com.clearance.domain.Sentence;

import java.util.List;
import java.util.Locale;

/**
 * Whether an evidence sentence is the labelled deciding sentence: by quote when the label has one (case-insensitive,
 * whitespace folded), else by section label ("3.2" matches "3.2(b)" but not "3.21"; "9.v" is "9(v)"); and by page when
 * given.
 */
public final class EvidenceMatcher {

    private EvidenceMatcher() {
    }

    public static boolean matches(ClauseLabel label, Sentence sentence) {
        if (label.page() != null && label.page() != sentence.page()) return false;
        if (label.quote() != null && !label.quote().isBlank()) {
            String have = words(sentence.text());
            String want = words(label.quote());
            if (want.isEmpty()) return false;
            if (have.contains(want)) return true;
            // a quoted passage of two sentences: the evidence holds its first
            String first = words(firstSentence(label.quote()));
            if (first.length() >= 40 && first.length() < want.length() && have.contains(first)) return true;
            // The labeller's sentence may be split in two by our splitter (a list, a colon): a piece that is most
            // of the deciding sentence is that sentence.
            if (have.length() >= 0.5 * want.length() && want.contains(have)) return true;
            // A sentence read by OCR may carry a misread word or a lost space: it is the deciding sentence when
            // nearly all of the quote's words appear in it in order (typed text is never matched this loosely).
            return sentence.fromOcr() && closeEnough(want, have);
        }
        if (label.section() == null || label.section().isBlank()) return false;
        String want = sectionKey(label.section());
        List<String> path = sentence.sectionPath();
        for (int i = 0; i < path.size(); i++) {
            if (sectionMatches(sectionKey(path.get(i)), want)) return true;
            // "E" holding "1" is cited "E.1"
            if (i > 0 && sectionMatches(sectionKey(path.get(i - 1)) + "." + sectionKey(path.get(i)), want)) return true;
        }
        return false;
    }

    /** Share of the quote's words found in order in the sentence (or of the sentence's, for a piece of it). */
    static boolean closeEnough(String want, String have) {
        String[] w = want.split(" ");
        String[] h = have.split(" ");
        int common = commonInOrder(w, h);
        return common >= OCR_AGREEMENT * w.length
                || h.length >= 0.5 * w.length && common >= OCR_AGREEMENT * h.length;
    }

    private static final double OCR_AGREEMENT = 0.85;

    private static int commonInOrder(String[] a, String[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (String x : a) {
            for (int j = 1; j <= b.length; j++) {
                current[j] = x.equals(b[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length];
    }

    static boolean sectionMatches(String have, String want) {
        if (!have.startsWith(want)) return false;
        if (have.length() == want.length()) return true;
        return !Character.isLetterOrDigit(have.charAt(want.length()));
    }

    /** "9(v)", "9.v" and "9(v)." are one citation: a bracketed sub-clause is a dotted level. */
    static String sectionKey(String s) {
        String k = fold(s).replaceAll("\\(([a-z0-9]{1,6})\\)", ".$1").replaceAll("\\.{2,}", ".");
        while (k.endsWith(".")) k = k.substring(0, k.length() - 1);
        return k;
    }

    static String firstSentence(String quote) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.;:!?](?=\\s+[\"“(]?[A-Z])").matcher(quote);
        return m.find() ? quote.substring(0, m.end()) : quote;
    }

    /**
     * Letters and digits only, one space between words, lower case: PDF and Markdown punctuation differ, and a quote
     * taken from Markdown source keeps link targets ("[your content](https://...)") the reader never sees.
     */
    static String words(String s) {
        String visible = s.replaceAll("\\]\\([^)\\s]*\\)", "]").replaceAll("\\*\\*|__", "");
        return fold(visible).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String fold(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}

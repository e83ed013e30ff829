package com.clearance.text;

import java.util.Set;

/**
 * Finds the short title a numbered clause opens with ("4.2 Data Use. Provider shall ..." → "Data Use") and tells
 * titles from ordinary sentences ("4.2 Provider shall ..." has none): a title is short and in Title Case or capitals.
 */
public final class LeadInTitle {

    private static final int MAX_TITLE = 100;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on", "for",
            "by", "with", "at", "from", "as", "per", "vs", "via", "into", "under", "upon", "its", "our", "your", "not",
            "no", "between", "&", "-", "–", "—", "than", "over", "after", "before", "out", "we", "you", "us");

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final String OPENERS = "\"“‘'([";
    private static final String CLOSERS = "\"”’')],;:.";

    private LeadInTitle() {
    }

    /** A title and where the clause body starts (relative to {@code rest}); body == rest.length() when none. */
    public record Title(String heading, int bodyStart) {
    }

    /** Splits {@code rest} (the block text after its number) into a lead-in title and the body. */
    public static Title split(String rest) {
        int lead = 0;
        while (lead < rest.length() && (Character.isWhitespace(rest.charAt(lead)) || "-–—:".indexOf(rest.charAt(lead)) >= 0)) {
            lead++;
        }
        String text = rest.substring(lead);
        int stop = titleStop(text);
        if (stop > 0) {
            String candidate = text.substring(0, stop).strip();
            if (isTitle(candidate)) {
                int body = stop + 1;
                while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
                    body++;
                }
                return new Title(candidate, lead + body);
            }
        }
        String whole = stripEnd(text);
        if (whole.length() <= MAX_TITLE && isTitle(whole)) {
            return new Title(whole, rest.length());
        }
        return new Title("", lead);
    }

    /** The position of the first ". " that could close a title, or -1 (a colon introduces a definition). */
    private static int titleStop(String text) {
        int limit = Math.min(text.length() - 1, MAX_TITLE);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".:;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String stripPunctuation(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && OPENERS.indexOf(raw.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && CLOSERS.indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** Title Case or ALL CAPS, at most 14 words, starting with a capital or a digit. */
    public static boolean isTitle(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX_TITLE) {
            return false;
        }
        char first = candidate.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        String[] words = WHITESPACE.split(candidate);
        if (words.length > 14) {
            return false;
        }
        for (String raw : words) {
            String word = stripPunctuation(raw);
            if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            char c = word.charAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}

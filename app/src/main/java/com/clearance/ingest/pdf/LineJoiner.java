package com.clearance.ingest.pdf;

import java.util.Locale;
import java.util.Set;

/**
 * Joins one printed line onto the text before it. A word hyphenated across the line end is rejoined ("obliga-" +
 * "tion" = "obligation") unless the document itself spells the hyphenated form elsewhere, or the first half is a word
 * that usually forms compounds ("third-party", "non-exclusive"), or the second half starts upper-case or with a digit.
 */
public final class LineJoiner {

    private static final Set<String> COMPOUND_HEADS = Set.of(
            "self", "non", "third", "co", "cross", "multi", "anti", "semi", "well", "long", "short", "high", "low",
            "end", "first", "second", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "full", "part", "half", "all", "ex", "post", "pre", "sub", "inter", "intra", "opt", "follow", "mid",
            "front", "back", "open", "machine", "cloud", "data", "user", "year", "day", "month", "time");

    private final Set<String> vocabulary;

    /** @param vocabulary lower-case words of the whole document, hyphenated compounds included as written */
    public LineJoiner(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    public void append(StringBuilder text, String line) {
        if (text.isEmpty()) {
            text.append(line);
            return;
        }
        int last = text.length() - 1;
        char end = text.charAt(last);
        if (end == '\u00AD') {
            text.setLength(last);
            text.append(line);
        } else if ((end == '-' || end == '\u2010') && last > 0 && Character.isLetterOrDigit(text.charAt(last - 1))) {
            if (Character.isLetter(text.charAt(last - 1)) && joinWithoutHyphen(text, last, line)) {
                text.setLength(last);
            }
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }

    private boolean joinWithoutHyphen(StringBuilder text, int hyphenAt, String line) {
        if (line.isEmpty() || !Character.isLowerCase(line.charAt(0))) {
            return false;
        }
        int start = hyphenAt;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String head = text.substring(start, hyphenAt).toLowerCase(Locale.ROOT);
        int tailEnd = 0;
        while (tailEnd < line.length() && (Character.isLetter(line.charAt(tailEnd)) || line.charAt(tailEnd) == '-')) {
            tailEnd++;
        }
        String tail = line.substring(0, tailEnd).toLowerCase(Locale.ROOT);
        if (vocabulary.contains(head + "-" + tail)) {
            return false;
        }
        if (vocabulary.contains(head + tail)) {
            return true;
        }
        return !COMPOUND_HEADS.contains(head);
    }
}

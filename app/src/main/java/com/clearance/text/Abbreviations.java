package com.clearance.text;

import java.util.Locale;
import java.util.Set;

/** Whether the word before a full stop is an abbreviation, an initial or an enumerator rather than a sentence end. */
final class Abbreviations {

    private static final Set<String> ALWAYS = Set.of("inc", "ltd", "co", "corp", "llp", "e.g", "i.e", "etc", "vs",
            "v", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "cf", "approx", "esp", "viz", "fig", "incl",
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept", "govt", "est",
            "sec", "secs", "art", "arts", "para", "paras", "pp", "ch", "cl", "sch", "subs", "ss", "reg", "regs",
            "u.s", "u.k", "e.u", "u.s.a", "n.a", "s.a", "b.v", "n.v", "a.g", "l.p", "l.l.c", "p.c", "pty", "bros",
            "intl", "assn", "mfg", "ave", "blvd", "no", "nos", "ref", "vol", "op", "seq", "al", "ibid", "id");
    /** Abbreviations that are ordinary words at a sentence end unless a number follows ("No. 5", "p. 4"). */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "p", "op", "vol", "ref", "id", "al", "est");
    /** "Exhibit A." ends a sentence; "J. Smith" does not. */
    private static final Set<String> LETTER_NAMES = Set.of("exhibit", "schedule", "annex", "appendix", "section",
            "article", "attachment", "part", "clause", "class", "tier", "plan", "option", "model", "version", "type",
            "form", "category", "level", "grade", "phase", "item", "addendum", "list", "table", "figure", "plus");

    private Abbreviations() {
    }

    /**
     * True when the full stop at {@code dot} does not end a sentence. {@code sentenceStart} is where the current
     * sentence began; {@code next} is the character that follows the space.
     */
    static boolean protects(CharSequence s, int dot, int sentenceStart, char next) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(s.charAt(wordStart - 1))
                && "(\"“‘[/".indexOf(s.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        if (wordStart == dot) {
            return false;
        }
        String word = s.subSequence(wordStart, dot).toString();
        String lower = word.toLowerCase(Locale.ROOT);
        if (BEFORE_NUMBER.contains(lower)) {
            return Character.isDigit(next) || (lower.equals("no") && word.equals("No") && next == '(');
        }
        if (ALWAYS.contains(lower) || isDottedLetters(word)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return !LETTER_NAMES.contains(previousWord(s, wordStart, sentenceStart).toLowerCase(Locale.ROOT));
        }
        if (word.chars().allMatch(Character::isDigit) && word.length() <= 3) {
            return isEnumerator(s, wordStart, sentenceStart);
        }
        return false;
    }

    /** "U.S", "e.g", "N.V": single letters joined by full stops. */
    private static boolean isDottedLetters(String word) {
        if (word.length() < 3 || word.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            boolean letterSlot = i % 2 == 0;
            if (letterSlot ? !Character.isLetter(word.charAt(i)) : word.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** "1." at a sentence start or after ":" / ";" numbers a list item inside the sentence. */
    private static boolean isEnumerator(CharSequence s, int wordStart, int sentenceStart) {
        int i = wordStart - 1;
        while (i >= sentenceStart && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        if (i < sentenceStart || s.charAt(i) == ':' || s.charAt(i) == ';') {
            return true;
        }
        String previous = previousWord(s, wordStart, sentenceStart).toLowerCase(Locale.ROOT);
        return previous.equals("and") || previous.equals("or"); // "...; 2. Support; and 3. Training."
    }

    private static String previousWord(CharSequence s, int wordStart, int sentenceStart) {
        int end = wordStart - 1;
        while (end > sentenceStart && Character.isWhitespace(s.charAt(end))) {
            end--;
        }
        int start = end;
        while (start > sentenceStart && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return end >= start && end < s.length() ? s.subSequence(start, end + 1).toString() : "";
    }
}

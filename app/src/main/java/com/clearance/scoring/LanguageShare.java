package com.clearance.scoring;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence is in English (the language the clause library's patterns are written in) or in another
 * European language, by its function words: legal prose is full of them ("the", "of", "shall" against "le", "des",
 * "der", "und"). A sentence with none of either (a heading, a number) tells nothing.
 */
final class LanguageShare {

    enum Verdict { LIBRARY, OTHER, UNKNOWN }

    static final String LIBRARY_LANGUAGE = "English";

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "or", "any", "by", "for", "is",
            "are", "be", "with", "this", "that", "shall", "will", "may", "not", "on", "as", "such", "its", "their",
            "your", "our", "we", "you", "it", "from", "at", "an", "which", "all", "must", "has", "have");
    private static final Set<String> OTHER = Set.of(
            // French
            "le", "la", "les", "des", "du", "et", "ou", "est", "sont", "pour", "par", "dans", "sur", "une", "aux",
            "cette", "qui", "leur", "vous", "nous", "ne", "pas", "sera", "peut", "doit",
            // German
            "der", "die", "das", "und", "oder", "ist", "sind", "für", "von", "mit", "nicht", "dem", "ein", "eine",
            "zu", "auf", "werden", "wird",
            // Spanish, Italian, Portuguese
            "el", "los", "las", "y", "es", "para", "por", "con", "del", "il", "di", "che", "della", "dei", "em",
            "não", "uma", "os");

    private LanguageShare() {
    }

    static Verdict of(String sentence) {
        int english = 0;
        int other = 0;
        var m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (ENGLISH.contains(w)) english++;
            else if (OTHER.contains(w)) other++;
        }
        if (english == 0 && other == 0) return Verdict.UNKNOWN;
        return english >= other ? Verdict.LIBRARY : Verdict.OTHER;
    }
}

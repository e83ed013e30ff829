package com.clearance.domain;

import java.util.Locale;

/**
 * How the document read as an agreement: sentences read, how many state an obligation, permission or prohibition,
 * how many numbered clauses and agreement marks ("an agreement between", "effective term", "/s/" signatures) it has,
 * and how many of its sentences are in the language the clause library reads against those in another language. A
 * document with no term at all, and no numbered clause or agreement mark under a title naming terms, is not taken
 * for an agreement: its "missing" findings would only be noise.
 */
public record DocumentReading(int sentences, int obligations, int numberedClauses, int agreementMarks,
                              boolean titledAsTerms, int librarySentences, int otherLanguageSentences,
                              String language) {

    /** Below this share of sentences in the library's language, the audit says how much of the text it read. */
    public static final double WHOLE_ENOUGH = 0.9;

    public boolean looksLikeAgreement() {
        return obligations > 0 || (titledAsTerms && (numberedClauses > 0 || agreementMarks > 0));
    }

    /** "this does not look like an agreement (3 sentences, no obligations found)", or null for an agreement. */
    public String notAgreementReason() {
        if (looksLikeAgreement()) {
            return null;
        }
        return "this does not look like an agreement (" + count(sentences, "sentence") + ", no obligations found)";
    }

    /** Share of the sentences (in some language) that are in the library's language; 1 when none could tell. */
    public double languageShare() {
        int judged = librarySentences + otherLanguageSentences;
        return judged == 0 ? 1.0 : (double) librarySentences / judged;
    }

    /** Which share was read, when part of the text is in another language; null when (nearly) all of it was read. */
    public String languageNote() {
        if (languageShare() >= WHOLE_ENOUGH || otherLanguageSentences < 3) {
            return null;
        }
        int percent = (int) Math.round(languageShare() * 100);
        return "only " + percent + "% of the text (" + librarySentences + " of " + (librarySentences
                + otherLanguageSentences) + " sentences) is in " + language + ", the language the clause library reads;"
                + " the rest was not judged, so a clause written there shows as missing";
    }

    private static String count(int n, String word) {
        return String.format(Locale.ROOT, "%,d", n) + " " + word + (n == 1 ? "" : "s");
    }
}

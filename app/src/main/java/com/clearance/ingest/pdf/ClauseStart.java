package com.clearance.ingest.pdf;

import java.util.regex.Pattern;

/** Recognises a printed line that opens a new clause or list item, so it starts a new text block. */
public final class ClauseStart {

    private static final Pattern NUMBERED = Pattern.compile(
            "^(\\d{1,3}\\.(\\d{1,3}\\.?)*|\\d{1,3}\\.\\d{1,3}(\\.\\d{1,3})*)\\s+[\\p{Lu}(\"“]"
                    + "|^\\d{1,3}(\\.\\d{1,3})*\\.?$");
    private static final Pattern PARENTHESISED = Pattern.compile(
            "^\\((\\d{1,3}|[a-z]{1,2}|[ivxlcdm]{1,6}|[A-Z]{1,2}|[IVXLCDM]{1,6})\\)(\\s|$)|^([a-z]|[ivx]{1,4}|\\d{1,2})\\)\\s");
    private static final Pattern NAMED = Pattern.compile(
            "^(?i:section|article|clause|schedule|exhibit|annex|appendix|attachment|part)\\s+"
                    + "(\\d{1,3}(\\.\\d{1,3})*|[IVXLCDM]{1,6}|[A-Z])(?![.\\d]\\d|\\()\\b\\.?(\\s*$|\\s*[.:–—-]|\\s+[\\p{Lu}(\"“])");
    private static final Pattern BULLET = Pattern.compile("^[•●◦▪■‣–\\-*]\\s+\\S");

    private ClauseStart() {
    }

    public static boolean opensClause(String line) {
        if (line.isEmpty()) {
            return false;
        }
        // cheap look at the first character before any regex: most lines are ordinary prose
        char first = line.charAt(0);
        if (Character.isDigit(first)) {
            return NUMBERED.matcher(line).find() || PARENTHESISED.matcher(line).find();
        }
        if (first == '(' || line.length() > 1 && line.indexOf(')') > 0 && line.indexOf(')') <= 5) {
            return PARENTHESISED.matcher(line).find();
        }
        return startsWithKeywordLetter(first) && NAMED.matcher(line).find();
    }

    private static boolean startsWithKeywordLetter(char c) {
        char lower = Character.toLowerCase(c);
        return lower == 's' || lower == 'a' || lower == 'c' || lower == 'e' || lower == 'p';
    }

    /**
     * True for openers that also occur as cross-references inside a sentence ("... set out in / Section 7. The
     * Provider ..."): a named or dotted number. Such a line continues the paragraph when the line before it ran on.
     */
    public static boolean mayBeReference(String line) {
        return !line.isEmpty() && (Character.isDigit(line.charAt(0)) && NUMBERED.matcher(line).find()
                || startsWithKeywordLetter(line.charAt(0)) && NAMED.matcher(line).find());
    }

    public static boolean isBullet(String line) {
        return BULLET.matcher(line).find();
    }
}

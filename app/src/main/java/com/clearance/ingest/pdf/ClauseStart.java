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
                    + "(\\d{1,3}(\\.\\d{1,3})*|[IVXLCDM]{1,6}|[A-Z])\\b\\.?(\\s*$|\\s*[.:–—-]|\\s+[\\p{Lu}(\"“])");
    private static final Pattern BULLET = Pattern.compile("^[•●◦▪■‣–\\-*]\\s+\\S");

    private ClauseStart() {
    }

    public static boolean opensClause(String line) {
        return NUMBERED.matcher(line).find() || PARENTHESISED.matcher(line).find() || NAMED.matcher(line).find();
    }

    public static boolean isBullet(String line) {
        return BULLET.matcher(line).find();
    }
}

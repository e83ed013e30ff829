package com.clearance.report;

/**
 * The clause-library text a report quotes for one clause: title, why it matters, the preferred language to ask for
 * and a fallback position. Empty strings where the library has nothing.
 */
public record ClauseText(String id, String title, String whyItMatters, String preferredLanguage,
                         String fallbackLanguage) {

    public ClauseText {
        title = title == null || title.isBlank() ? id : title;
        whyItMatters = nz(whyItMatters);
        preferredLanguage = nz(preferredLanguage);
        fallbackLanguage = nz(fallbackLanguage);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}

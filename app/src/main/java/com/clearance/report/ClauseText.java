package com.clearance.report;

/**
 * The clause-library text a report quotes for one clause: title, why it matters, the preferred language to ask for
 * and a fallback position, and its weight in the score (0 when unknown). Empty strings where the library has nothing.
 */
public record ClauseText(String id, String title, String whyItMatters, String preferredLanguage,
                         String fallbackLanguage, double weight) {

    public ClauseText {
        title = title == null || title.isBlank() ? id : title;
        whyItMatters = nz(whyItMatters);
        preferredLanguage = nz(preferredLanguage);
        fallbackLanguage = nz(fallbackLanguage);
    }

    /** A clause known only by its title. */
    public static ClauseText titled(String id, String title) {
        return new ClauseText(id, title, "", "", "", 0);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}

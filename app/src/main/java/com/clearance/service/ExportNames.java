package com.clearance.service;

import java.time.LocalDate;

/**
 * Default file names for exports: the vendor, what it is and the day ("Acme-gap-report-2026-12-02.pdf"), so a second
 * vendor's report never overwrites the first and a later one sorts after an earlier one.
 */
public final class ExportNames {

    private ExportNames() {
    }

    public static String of(String vendor, String kind, LocalDate day, String extension) {
        String who = safe(vendor);
        return (who.isEmpty() ? "" : who + "-") + kind + "-" + day + "." + extension;
    }

    /** Letters, digits, dots, underscores and dashes only; every other run becomes one dash. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }
}

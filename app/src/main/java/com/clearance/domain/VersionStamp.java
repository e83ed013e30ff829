package com.clearance.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date and version a contract gives itself ("Effective Date: July 27, 2023", "Last updated 24 March 2025",
 * "Version 3.0"), as printed in its own text; each part null when the document does not state it.
 */
public record VersionStamp(LocalDate effective, LocalDate updated, String version) {

    public static final VersionStamp NONE = new VersionStamp(null, null, null);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public boolean isEmpty() {
        return effective == null && updated == null && version == null;
    }

    /** The date that best says which version this is: the effective date, else the last update. */
    public LocalDate date() {
        return effective != null ? effective : updated;
    }

    /** "effective 27 Jul 2023 · updated 1 Dec 2025 · version 3.0", the parts stated; "" when none is. */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (effective != null) {
            parts.add("effective " + DAY.format(effective));
        }
        if (updated != null && !updated.equals(effective)) {
            parts.add("updated " + DAY.format(updated));
        }
        if (version != null) {
            parts.add("version " + version);
        }
        return String.join(" \u00B7 ", parts);
    }
}

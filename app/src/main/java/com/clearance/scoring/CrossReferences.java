package com.clearance.scoring;

import com.clearance.domain.Section;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section numbers stand for their headings: "breaches of Sections 5 and 7 are uncapped", where Section 5 is Data
 * Protection, is read as "breaches of sections 5 [data protection] and 7 [confidentiality] are uncapped". A reference
 * already followed by its title in brackets is left alone, and so is one the document has no such section for.
 */
final class CrossReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:sections?|clauses?|articles?|paragraphs?|schedules?|exhibits?|annex(?:es)?|appendix|appendices|§§?)\\s+"
                    + "((?:[0-9]+(?:\\.[0-9]+)*|[ivxlc]+|[a-z])(?:\\s*(?:,|and|or|&|to|-)\\s*(?:[0-9]+(?:\\.[0-9]+)*|[ivxlc]+|[a-z])\\b)*)");
    private static final Pattern ONE = Pattern.compile("[0-9]+(?:\\.[0-9]+)*|[ivxlc]+|[a-z]");

    private final Map<String, String> headings;

    private CrossReferences(Map<String, String> headings) {
        this.headings = headings;
    }

    static CrossReferences of(List<Section> sections) {
        Map<String, String> headings = new HashMap<>();
        for (Section s : sections) {
            if (s.number() == null || s.heading() == null || s.heading().isBlank()) continue;
            String key = key(s.number());
            if (!key.isEmpty()) headings.putIfAbsent(key, TextNormalizer.normalize(s.heading()));
        }
        return new CrossReferences(headings);
    }

    /** The normalised text with each resolvable reference followed by its heading in square brackets. */
    String resolve(String normalized) {
        if (headings.isEmpty() || normalized.indexOf(' ') < 0) return normalized;
        Matcher m = REFERENCE.matcher(normalized);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            int after = m.end();
            if (after < normalized.length() && normalized.startsWith(" (", after)) continue; // titled already
            StringBuilder titles = new StringBuilder();
            Matcher one = ONE.matcher(m.group(1));
            while (one.find()) {
                String h = headings.get(key(one.group()));
                if (h != null && !h.isBlank() && titles.indexOf(h) < 0) {
                    if (titles.length() > 0) titles.append("; ");
                    titles.append(h);
                }
            }
            if (titles.length() == 0) continue;
            if (out == null) out = new StringBuilder(normalized.length() + 40);
            out.append(normalized, last, after).append(" [").append(titles).append(']');
            last = after;
        }
        if (out == null) return normalized;
        return out.append(normalized, last, normalized.length()).toString();
    }

    private static String key(String number) {
        String k = number.toLowerCase(Locale.ROOT).replaceAll("^(section|clause|article|§)\\s*", "").strip();
        while (k.endsWith(".") || k.endsWith(")")) k = k.substring(0, k.length() - 1);
        return k.replace("(", "");
    }
}

package com.clearance.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that runs a list inline ("Customer will indemnify OpenAI against any Claim related to: (a) use of the
 * Services in violation of this Agreement; (b) Customer Applications; or (c) Customer Content.") read as one unit per
 * item, each carrying the lead-in before the first item, so an item takes its actor, modality and verb from it.
 */
final class InlineList {

    private static final Pattern MARKER = Pattern.compile("(?:^|(?<=[\\s:;,—-]))\\(([a-z]|[ivx]{1,5}|\\d{1,2})\\)(?=\\s)");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv");

    private InlineList() {
    }

    /** The units to read: the sentence itself, or lead-in + item for each item of a list of two or more. */
    static List<String> units(String normalized) {
        if (normalized.indexOf('(') < 0) return List.of(normalized);
        Matcher m = MARKER.matcher(normalized);
        List<int[]> items = new ArrayList<>();
        String kind = null;
        int expected = 0;
        while (m.find()) {
            String label = m.group(1);
            if (kind == null) {
                kind = first(label);
                if (kind == null) continue;
                items.add(new int[]{m.start(), m.end()});
                expected = 1;
                continue;
            }
            if (label.equals(nth(kind, expected))) {
                items.add(new int[]{m.start(), m.end()});
                expected++;
            }
        }
        if (items.size() < 2) return List.of(normalized);
        String leadIn = normalized.substring(0, items.get(0)[0]).strip();
        if (!leadIn.endsWith(":") && !semicolonSeparated(normalized, items)) {
            // "(i) thirty days' notice, or (ii) the period the law prescribes": alternatives of one term, read whole
            return List.of(normalized);
        }
        List<String> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            int from = items.get(k)[1];
            int to = k + 1 < items.size() ? items.get(k + 1)[0] : normalized.length();
            String item = normalized.substring(from, to).strip();
            // the lead-in's colon goes: "Customer: (b) owns all Output" reads "Customer owns all Output"
            out.add(leadIn.isEmpty() ? item : joinable(leadIn) + " " + item);
        }
        return out;
    }

    private static String joinable(String leadIn) {
        return leadIn.endsWith(":") ? leadIn.substring(0, leadIn.length() - 1).strip() : leadIn;
    }

    private static boolean semicolonSeparated(String text, List<int[]> items) {
        for (int k = 1; k < items.size(); k++) {
            String before = text.substring(items.get(k - 1)[1], items.get(k)[0]).strip();
            if (!(before.endsWith(";") || before.endsWith("; and") || before.endsWith("; or"))) return false;
        }
        return true;
    }

    private static String first(String label) {
        return switch (label) {
            case "a" -> "letter";
            case "i" -> "roman";
            case "1" -> "digit";
            default -> null;
        };
    }

    private static String nth(String kind, int n) {
        return switch (kind) {
            case "letter" -> n < 26 ? String.valueOf((char) ('a' + n)) : "";
            case "roman" -> n < ROMAN.size() ? ROMAN.get(n) : "";
            default -> String.valueOf(n + 1);
        };
    }
}

package com.clearance.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds stated periods in normalised text ("ninety (90) days", "six months", "72 hours", "thirty-one days") and
 * returns them in hours, so that bars in any unit compare.
 */
public final class DurationParser {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100),
            // French contracts ("trente (30) jours", "un mois", "soixante-douze heures")
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
            Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("et", 0));

    private static final String WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|une?|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"
            + "|quarante|cinquante|soixante)";
    private static final Pattern DURATION = Pattern.compile(
            "(?<![a-z0-9.])(?:(\\d{1,4}(?:\\.\\d+)?)|(" + WORD + "(?:[ -]+(?:and[ -]+)?" + WORD + ")*|an?))"
                    + "(?:\\s*\\((\\d{1,4})\\))?[ -]*(?:\\(?(?:business|calendar|working)\\)?[ -]+)?"
                    + "(hour|day|week|month|year|heure|jour|semaine|mois|ann[ée]e|an)s?(?![a-z])");

    private DurationParser() {
    }

    public static boolean mayContain(String normalized) {
        return normalized.contains("hour") || normalized.contains("day") || normalized.contains("week")
                || normalized.contains("month") || normalized.contains("year") || normalized.contains("jour")
                || normalized.contains("mois") || normalized.contains("heure") || normalized.contains("semaine")
                || normalized.contains(" ans") || normalized.contains("année");
    }

    /** All durations stated in the text, in hours, in order of appearance. */
    public static List<Double> hours(String normalized) {
        if (!mayContain(normalized)) return List.of();
        List<Double> out = new ArrayList<>(2);
        Matcher m = DURATION.matcher(normalized);
        while (m.find()) {
            Double amount = amount(m);
            if (amount != null) out.add(amount * unitHours(m.group(4)));
        }
        return out;
    }

    private static Double amount(Matcher m) {
        if (m.group(3) != null) return Double.parseDouble(m.group(3));
        if (m.group(1) != null) return Double.parseDouble(m.group(1));
        int total = 0;
        int current = 0;
        for (String w : m.group(2).split("[ -]+")) {
            if (w.equals("and") || w.equals("et")) continue;
            Integer v = WORDS.get(w);
            if (v == null) return null;
            if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else {
                current += v;
            }
        }
        total += current;
        return (double) total;
    }

    private static double unitHours(String unit) {
        return switch (unit) {
            case "hour", "heure" -> 1;
            case "day", "jour" -> 24;
            case "week", "semaine" -> 168;
            case "month", "mois" -> 720;
            default -> 8760;
        };
    }

    /** Parses a bar such as "90 days" or "72 hours"; null when it is not a duration. */
    public static Double parseBar(String text) {
        List<Double> h = hours(TextNormalizer.normalize(text));
        return h.size() == 1 ? h.get(0) : null;
    }
}

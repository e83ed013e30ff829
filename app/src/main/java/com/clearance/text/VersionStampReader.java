package com.clearance.text;

import com.clearance.domain.VersionStamp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and version a contract states about itself near its start: a label ("Effective", "Effective Date",
 * "Last updated", "Last modified", "Updated", "Date", "Date de dernière mise à jour", "En vigueur", "Stand") followed
 * closely by a date ("July 27, 2023", "27 July 2023", "2023-07-27", "17/01/2025", "13 mars 2024"), and the highest
 * version number after "Version" or "v" (a revision table lists them all). Prose such as "effective on the earlier of the date that ..." has no date right after
 * its label and is not read.
 */
public final class VersionStampReader {

    /** Vendors print their dates in the heading block; a date deep in the body is about something else. */
    static final int HEAD = 6000;

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(?:jan(?:uary|vier)?|feb(?:ruary)?|f[ée]v(?:rier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?"
            + "|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|sept(?:embre)?|oct(?:ober|obre)?"
            + "|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?|januar|februar|m[äa]rz|juni|juli|oktober|dezember)\\.?";
    private static final String DATE = "(?:(?<mdy>" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
            + "|(?<dmy>\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4})"
            + "|(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<num>\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}))";
    private static final String GAP = "[\\s*_:\\-\u2013\u2014|]*(?:(?:on|as of|from|le|du|am|vom)\\s+)?";
    private static final Pattern EFFECTIVE = Pattern.compile("\\b(?:effective(?:\\s+date)?|en vigueur(?:\\s+le)?"
            + "|date d['\u2019]entr[ée]e en vigueur|g[üu]ltig ab|inkrafttreten)" + GAP + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A bare "Date 13 March 2024" or "Dated ..." in the heading block: the document's date when no other is given. */
    private static final Pattern DATED = Pattern.compile("\\b(?:dated?|datum)" + GAP + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UPDATED = Pattern.compile("\\b(?:(?:last\\s+)?(?:updated|modified|revised|amended)"
            + "(?:\\s+on)?|date de derni[èe]re mise [àa] jour|derni[èe]re mise [àa] jour|mis(?:e)? [àa] jour(?:\\s+le)?"
            + "|stand|zuletzt aktualisiert)" + GAP + DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VERSION = Pattern.compile(
            "(?:\\bversion|(?<![\\p{L}\\d])v)\\.?\\s*[:\\-]?\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,3})(?![\\d/-]|\\.\\d)",
            Pattern.CASE_INSENSITIVE);

    private VersionStampReader() {
    }

    public static VersionStamp read(String text) {
        if (text == null || text.isBlank()) {
            return VersionStamp.NONE;
        }
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        LocalDate effective = first(EFFECTIVE, head);
        LocalDate updated = first(UPDATED, head);
        if (effective == null && updated == null) {
            effective = first(DATED, head);
        }
        return new VersionStamp(effective, updated, version(head));
    }

    private static LocalDate first(Pattern label, String head) {
        Matcher m = label.matcher(head);
        while (m.find()) {
            LocalDate d = date(m);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The highest version number stated: a revision table lists v0.1 to v3.0, and the document is the last. */
    private static String version(String head) {
        Matcher m = VERSION.matcher(head);
        String best = null;
        while (m.find()) {
            if (best == null || compareVersions(m.group(1), best) > 0) {
                best = m.group(1);
            }
        }
        return best;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group("iso") != null) {
                return LocalDate.parse(m.group("iso"));
            }
            if (m.group("num") != null) {
                String[] p = m.group("num").split("[/.]");
                int a = Integer.parseInt(p[0]);
                int b = Integer.parseInt(p[1]);
                int year = Integer.parseInt(p[2]);
                // day first, as outside the US; a first number over 12 cannot be a month, a second over 12 must be a day
                return b > 12 ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
            }
            String words = (m.group("mdy") != null ? m.group("mdy") : m.group("dmy"))
                    .replaceAll("(?i)(\\d)(?:st|nd|rd|th|er)\\b", "$1").replaceAll("(?i)\\bof\\b", " ");
            Matcher parts = Pattern.compile("\\b(\\d{1,2})\\b").matcher(words);
            Matcher year = Pattern.compile("\\d{4}").matcher(words);
            Matcher month = Pattern.compile("\\p{L}+").matcher(words);
            if (!parts.find() || !year.find() || !month.find()) {
                return null;
            }
            Integer mm = monthOf(month.group());
            return mm == null ? null : LocalDate.of(Integer.parseInt(year.group()), mm, Integer.parseInt(parts.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Integer monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('é', 'e').replace('û', 'u').replace('ä', 'a');
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            if (w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Month name prefixes in English, French and German; longest first where one prefix holds another. */
    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        m.put("juil", 7);
        m.put("juin", 6);
        m.put("jan", 1);
        m.put("feb", 2);
        m.put("fev", 2);
        m.put("mar", 3);
        m.put("apr", 4);
        m.put("avr", 4);
        m.put("may", 5);
        m.put("mai", 5);
        m.put("jun", 6);
        m.put("jul", 7);
        m.put("aug", 8);
        m.put("aou", 8);
        m.put("sep", 9);
        m.put("oct", 10);
        m.put("okt", 10);
        m.put("nov", 11);
        m.put("dec", 12);
        m.put("dez", 12);
        return m;
    }
}

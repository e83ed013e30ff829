package com.clearance.service;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a date as people type it: ISO first (2026-11-02, what Clearance displays and the command line takes), then
 * the locale's own short, medium and long forms (11/2/2026 in the US, 02/11/2026 or 2 Nov 2026 in the UK), with one
 * or two digits for day and month and two or four for the year. Anything else is named in a one-sentence error.
 */
public final class DateText {

    private static final LocalDate EXAMPLE = LocalDate.of(2026, 11, 2);

    private DateText() {
    }

    /** The date in {@code text}, or empty for blank text; an {@link IllegalArgumentException} names unreadable text. */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : formats(locale)) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("'" + t + "' is not a date; write it as " + EXAMPLE + " or "
                + localExample(locale));
    }

    /** True when {@code text} is blank or reads as a date. */
    public static boolean readable(String text, Locale locale) {
        try {
            parse(text, locale);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** How Clearance writes a date: ISO, the form every field and command accepts. */
    public static String show(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** "2026-11-02 or 11/2/2026": the two forms a field takes, for its prompt. */
    public static String examples(Locale locale) {
        return EXAMPLE + " or " + localExample(locale);
    }

    /** The example date in the locale's short form with a four-digit year (11/2/2026). */
    static String localExample(Locale locale) {
        return DateTimeFormatter.ofPattern(fourDigitYears(pattern(FormatStyle.SHORT, locale)), locale).format(EXAMPLE);
    }

    static List<DateTimeFormatter> formats(Locale locale) {
        List<DateTimeFormatter> out = new ArrayList<>();
        out.add(DateTimeFormatter.ISO_LOCAL_DATE);
        String shortPattern = pattern(FormatStyle.SHORT, locale);
        out.add(strict(loose(fourDigitYears(shortPattern)), locale));
        out.add(strict(loose(shortPattern), locale));
        for (FormatStyle style : List.of(FormatStyle.MEDIUM, FormatStyle.LONG)) {
            out.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(loose(pattern(style, locale)))
                    .toFormatter(locale).withResolverStyle(ResolverStyle.SMART));
        }
        return out;
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.SMART);
    }

    private static String pattern(FormatStyle style, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
    }

    /** "dd/MM/yy" reads "2/11/26" too: one-letter day and month fields take one or two digits. */
    private static String loose(String pattern) {
        return pattern.replaceAll("(?<![dM])dd(?!d)", "d").replaceAll("(?<!M)MM(?!M)", "M");
    }

    private static String fourDigitYears(String pattern) {
        return pattern.replaceAll("(?<!y)y{1,2}(?!y)", "yyyy");
    }
}

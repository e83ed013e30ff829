package com.clearance.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the created dates ticket systems export: ISO ({@code 2026-03-04}, {@code 2026-03-04T10:15:00Z}),
 * {@code 2026-03-04 10:15[:00]}, Jira's {@code 04/Mar/26 10:15 AM}, and {@code 4 Mar 2026 10:15}. Times with an
 * offset are kept as local wall-clock time: the week since launch only needs the day.
 */
public final class TicketDates {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            pattern("yyyy-MM-dd HH:mm[:ss]"),
            pattern("yyyy-MM-dd HH:mm[:ss] Z"),
            pattern("yyyy/MM/dd HH:mm[:ss]"),
            pattern("dd/MMM/yy h:mm a"),
            pattern("dd/MMM/yyyy h:mm a"),
            pattern("dd/MMM/yy HH:mm"),
            pattern("d MMM yyyy HH:mm[:ss]"),
            pattern("d MMM yyyy, HH:mm"),
            pattern("MMM d, yyyy h:mm a"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, pattern("dd/MMM/yy"), pattern("d MMM yyyy"), pattern("yyyy/MM/dd"));

    private TicketDates() {
    }

    public static Optional<LocalDateTime> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.trim();
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDateTime());
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset; try the others
        }
        try {
            return Optional.of(LocalDateTime.parse(s));
        } catch (DateTimeParseException ignored) {
            // not ISO local date-time
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f).atStartOfDay());
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }
}

package com.clearance.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields may hold the delimiter, doubled quotes and line breaks; CRLF or LF line ends; a
 * leading byte-order mark is dropped. The delimiter (comma, semicolon or tab) is taken from the header line.
 */
public final class CsvParser {

    private CsvParser() {
    }

    /** All records, header first. Throws {@link CsvFormatException} on a quote left open at the end of the file. */
    public static List<List<String>> parse(Reader in) throws IOException, CsvFormatException {
        return parse(in, new ArrayList<>());
    }

    /**
     * As {@link #parse(Reader)}, adding to {@code warnings} each quoted field that spans lines holding what look like
     * whole records (as many delimiters as the header has): an unbalanced quote that swallowed the records after it.
     */
    public static List<List<String>> parse(Reader in, List<String> warnings) throws IOException, CsvFormatException {
        String text = readAll(in);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = sniffDelimiter(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int quoteOpenedAt = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        if (line > quoteOpenedAt && !records.isEmpty()
                                && swallowsRecords(field, delimiter, records.get(0).size())) {
                            warnings.add("line " + quoteOpenedAt + ": a quoted field opened there runs to line " + line
                                    + " and holds what look like whole records; check for a missing closing quote on"
                                    + " line " + quoteOpenedAt);
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
                quoteOpenedAt = line;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvFormatException("a quoted field opened on line " + quoteOpenedAt + " is never closed");
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    /** Whether a line after the first of a multi-line field has a whole record's delimiters. */
    private static boolean swallowsRecords(CharSequence field, char delimiter, int columns) {
        if (columns < 2) {
            return false;
        }
        String[] lines = field.toString().split("\r?\n");
        for (int k = 1; k < lines.length; k++) {
            long delimiters = lines[k].chars().filter(ch -> ch == delimiter).count();
            if (delimiters >= columns - 1) {
                return true;
            }
        }
        return false;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean started) {
        if (!started && record.isEmpty() && field.length() == 0) {
            return; // blank line
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
    }

    private static char sniffDelimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = in.read(buf)) != -1) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}

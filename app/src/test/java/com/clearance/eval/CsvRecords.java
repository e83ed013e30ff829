package com.clearance.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC-4180 reader for test data, kept apart from the product's CSV import so the independent ticket set is
 * checked by code its classifier's author did not write. Fields may be quoted; inside quotes, commas, CR/LF line
 * breaks and doubled quotes ({@code ""}) are literal. Records end at CRLF or LF outside quotes.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /** Every record of {@code text}, the header included; a trailing line break does not add an empty record. */
    static List<List<String>> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new IllegalArgumentException("quote inside an unquoted field at offset " + i);
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                records.add(List.copyOf(fields));
                fields.clear();
                field.setLength(0);
                fieldWasQuoted = false;
                i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            } else {
                if (fieldWasQuoted) {
                    throw new IllegalArgumentException("text after a closing quote at offset " + i);
                }
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed before the end of the text");
        }
        if (field.length() > 0 || fieldWasQuoted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        return records;
    }
}

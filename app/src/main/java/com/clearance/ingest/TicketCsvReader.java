package com.clearance.ingest;

import com.clearance.runbook.Ticket;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads tickets from a CSV export. Jira ({@code Issue key, Summary, Description, Created}) and Zendesk
 * ({@code Id, Subject, Description, Created at}) are recognised by their headers; any other layout needs a
 * {@link ColumnMapping}. Rows without an id are skipped and dates that cannot be read are left empty, each with a
 * warning naming the line.
 */
public final class TicketCsvReader {

    /** The result of one import: which layout was used, the tickets, and what was skipped or left empty. */
    public record TicketImport(String layout, List<Ticket> tickets, List<String> warnings) {
        public TicketImport {
            tickets = List.copyOf(tickets);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads a ticket export in whatever encoding it was saved: UTF-8, UTF-16 with a byte-order mark (Excel's
     * "Unicode text"), or Windows-1252 (Excel's "CSV" on Windows); how it was decoded, when not plain UTF-8, is a
     * warning.
     */
    public TicketImport read(Path file, ColumnMapping mapping) throws CsvFormatException {
        TextDecoder.Decoded decoded = decode(file);
        try {
            TicketImport read = read(new StringReader(decoded.text()), mapping);
            List<String> warnings = new java.util.ArrayList<>(decoded.warnings());
            warnings.addAll(read.warnings());
            return new TicketImport(read.layout(), read.tickets(), warnings);
        } catch (CsvFormatException e) {
            throw new CsvFormatException(FileNames.shown(file) + ": " + e.getMessage(), e);
        }
    }

    /** The file's text; a folder, a missing or an unreadable file is one plain sentence. */
    private static TextDecoder.Decoded decode(Path file) throws CsvFormatException {
        String name = FileNames.shown(file);
        if (Files.isDirectory(file)) {
            throw new CsvFormatException(name + ": is a folder, not a CSV file; choose the exported .csv file", null);
        }
        try {
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CsvFormatException(name + ": there is no such file; check the path", e);
        } catch (IOException e) {
            throw new CsvFormatException(name + ": cannot be read; check that you may open it", e);
        }
    }

    /** The header row, for a dialog that maps columns by hand. */
    public List<String> headers(Path file) throws CsvFormatException {
        List<List<String>> rows = rows(file);
        return rows.isEmpty() ? List.of() : rows.get(0).stream().map(String::trim).toList();
    }

    /** Which known layout the headers match: "jira", "zendesk" or null. */
    public static String detectLayout(List<String> headers) {
        if (index(headers, ColumnMapping.JIRA.id()) >= 0 && index(headers, ColumnMapping.JIRA.summary()) >= 0) {
            return "jira";
        }
        if (index(headers, ColumnMapping.ZENDESK.id()) >= 0 && index(headers, ColumnMapping.ZENDESK.summary()) >= 0) {
            return "zendesk";
        }
        return null;
    }

    /** Reads with {@code mapping}, or with the detected Jira/Zendesk layout when {@code mapping} is null. */
    public TicketImport read(Reader in, ColumnMapping mapping) throws CsvFormatException {
        List<List<String>> rows;
        List<String> csvWarnings = new java.util.ArrayList<>();
        try {
            rows = CsvParser.parse(in, csvWarnings);
        } catch (IOException e) {
            throw new CsvFormatException("could not be read (" + e.getMessage() + ")", e);
        }
        if (rows.isEmpty()) {
            throw new CsvFormatException("the file is empty; export the tickets again with a header row");
        }
        List<String> headers = rows.get(0).stream().map(String::trim).toList();
        String layout = mapping == null ? detectLayout(headers) : "mapped";
        if (layout == null) {
            throw new CsvFormatException("the columns " + headers + " are neither a Jira export (Issue key, Summary, ...)"
                    + " nor a Zendesk export (Id, Subject, ...); map the columns, e.g. --map id=Key,summary=Title,"
                    + "description=Body,created=Opened");
        }
        ColumnMapping m = mapping != null ? mapping : layout.equals("jira") ? ColumnMapping.JIRA : ColumnMapping.ZENDESK;
        int id = required(headers, m.id(), "id");
        int summary = required(headers, m.summary(), "summary");
        // a column the user named must exist; a known layout may lack description or created
        int description = mapping != null && m.description() != null ? required(headers, m.description(), "description")
                : optional(headers, m.description());
        int created = mapping != null && m.created() != null ? required(headers, m.created(), "created date")
                : optional(headers, m.created());
        List<Ticket> tickets = new ArrayList<>();
        List<String> warnings = new ArrayList<>(csvWarnings);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String ticketId = cell(row, id).trim();
            if (ticketId.isEmpty()) {
                warnings.add("record " + (r + 1) + ": no ticket id, skipped");
                continue;
            }
            String rawDate = cell(row, created);
            var when = TicketDates.parse(rawDate);
            if (when.isEmpty() && !rawDate.isBlank()) {
                warnings.add(ticketId + ": created date '" + rawDate.trim() + "' not understood, left empty");
            }
            tickets.add(new Ticket(ticketId, cell(row, summary).trim(), cell(row, description).trim(), when.orElse(null)));
        }
        return new TicketImport(layout, tickets, warnings);
    }

    private List<List<String>> rows(Path file) throws CsvFormatException {
        try {
            return CsvParser.parse(new StringReader(decode(file).text()));
        } catch (IOException e) {
            throw new CsvFormatException(FileNames.shown(file) + ": cannot be read; check the path", e);
        }
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : "";
    }

    private static int required(List<String> headers, String column, String field) throws CsvFormatException {
        int i = index(headers, column);
        if (i < 0) {
            throw new CsvFormatException("no column '" + column + "' for the ticket " + field + "; columns are " + headers);
        }
        return i;
    }

    private static int optional(List<String> headers, String column) {
        return column == null ? -1 : index(headers, column);
    }

    private static int index(List<String> headers, String column) {
        String want = column.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).trim().toLowerCase(Locale.ROOT).equals(want)) {
                return i;
            }
        }
        return -1;
    }
}

package com.clearance.service;

import com.clearance.ingest.ColumnMapping;
import com.clearance.ingest.CsvFormatException;
import com.clearance.ingest.CsvParser;
import com.clearance.ingest.TicketCsvReader;
import com.clearance.runbook.Classification;
import com.clearance.runbook.ClassificationReport;
import com.clearance.runbook.RunbookTemplate;
import com.clearance.runbook.TicketCategory;
import com.clearance.runbook.TicketClassifier;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Classifies ticket exports and measures classification against labels, without a launch or a database. */
public final class TicketService {

    /** Tickets read from one file with their classifications (same order) and import warnings. */
    public record ClassifiedFile(TicketCsvReader.TicketImport imported, List<Classification> classifications) {
    }

    /** The header row of an export and the layout it was recognised as ("jira", "zendesk", or null: map by hand). */
    public record TicketColumns(List<String> headers, String layout) {
        public TicketColumns {
            headers = List.copyOf(headers);
        }

        public boolean recognised() {
            return layout != null;
        }
    }

    /** An evaluation: the report plus tickets that had no label (skipped). */
    public record Evaluation(ClassificationReport report, List<String> unlabelled) {
    }

    private final TemplateCatalog templates;

    public TicketService(TemplateCatalog templates) {
        this.templates = templates;
    }

    /** {@code mapping} null = recognise Jira or Zendesk by the headers; {@code launchDate} null = no weeks. */
    public ClassifiedFile classify(Path csv, ColumnMapping mapping, LocalDate launchDate, String templateId)
            throws LaunchException {
        RunbookTemplate template = templates.get(templateId);
        TicketCsvReader.TicketImport imported;
        try {
            imported = new TicketCsvReader().read(csv, mapping);
        } catch (CsvFormatException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        TicketClassifier classifier = new TicketClassifier(template);
        List<Classification> out = imported.tickets().stream().map(t -> classifier.classify(t, launchDate)).toList();
        return new ClassifiedFile(imported, out);
    }

    /** Reads only the header row, so a window can ask which column is which before importing. */
    public static TicketColumns columns(Path csv) throws LaunchException {
        try {
            List<String> headers = new TicketCsvReader().headers(csv);
            if (headers.isEmpty()) {
                throw new LaunchException(com.clearance.ingest.FileNames.shown(csv) + ": the file is empty; export the tickets again with a header row");
            }
            return new TicketColumns(headers, TicketCsvReader.detectLayout(headers));
        } catch (CsvFormatException e) {
            String m = e.getMessage();
            throw new LaunchException(m.contains(com.clearance.ingest.FileNames.shown(csv)) ? m : com.clearance.ingest.FileNames.shown(csv) + ": " + m, e);
        }
    }

    public Evaluation evaluate(List<Path> csvFiles, Path labelsFile, ColumnMapping mapping, String templateId)
            throws LaunchException {
        RunbookTemplate template = templates.get(templateId);
        Map<String, String> labels = readLabels(labelsFile, template);
        List<String> ids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        for (Path csv : csvFiles) {
            for (Classification c : classify(csv, mapping, null, templateId).classifications()) {
                String label = labels.get(c.ticketId());
                if (label == null) {
                    unlabelled.add(c.ticketId());
                    continue;
                }
                ids.add(c.ticketId());
                expected.add(label);
                predicted.add(c.category());
            }
        }
        if (ids.isEmpty()) {
            throw new LaunchException("None of the tickets has a label in " + labelsFile.getFileName()
                    + "; the labels file needs rows of id,category");
        }
        List<String> categoryIds = template.categories().stream().map(TicketCategory::id).toList();
        return new Evaluation(ClassificationReport.of(categoryIds, ids, expected, predicted), unlabelled);
    }

    /** Labels: CSV rows of {@code id,category}, an optional header row. Unknown categories are an error. */
    static Map<String, String> readLabels(Path file, RunbookTemplate template) throws LaunchException {
        List<List<String>> rows;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CsvParser.parse(r);
        } catch (IOException | CsvFormatException e) {
            throw new LaunchException(file + ": the labels file cannot be read (" + e.getMessage() + ")", e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i == 0 && row.get(0).trim().equalsIgnoreCase("id")) {
                continue;
            }
            if (row.size() < 2) {
                throw new LaunchException(file.getFileName() + " line " + (i + 1) + ": expected id,category");
            }
            String category = row.get(1).trim();
            if (template.category(category).isEmpty()) {
                throw new LaunchException(file.getFileName() + " line " + (i + 1) + ": unknown category '" + category + "'");
            }
            out.put(row.get(0).trim(), category);
        }
        return out;
    }
}

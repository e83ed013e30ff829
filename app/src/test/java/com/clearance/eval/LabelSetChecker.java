package com.clearance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a hand-written label set (labels.yaml plus the documents beside it) for honesty: files exist, every clause id
 * is labelled with a valid status, non-missing labels name a section, and each quote really occurs in its document.
 * It also tallies which documents and drafting styles carry each clause/status pair, for the coverage minimums.
 */
final class LabelSetChecker {

    static final List<String> CLAUSE_IDS = List.of("training-use", "model-substitution", "data-residency",
            "data-retention", "subprocessors", "output-ownership", "ip-indemnity", "safety-change-notice",
            "notice-channel", "security-incident", "confidentiality", "human-review", "performance-sla",
            "price-change", "audit-rights", "liability-cap", "exit-portability");
    static final List<String> STATUSES = List.of("protective", "weak", "adverse", "missing");

    /** One clause/status cell of the coverage matrix: the documents and the styles they are written in. */
    record Cell(List<String> documents, Set<String> styles) {
        int count() {
            return documents.size();
        }
    }

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Map<String, Cell>> coverage = new LinkedHashMap<>();
    private int documentCount;

    private LabelSetChecker() {
        for (String id : CLAUSE_IDS) {
            Map<String, Cell> row = new LinkedHashMap<>();
            STATUSES.forEach(s -> row.put(s, new Cell(new ArrayList<>(), new TreeSet<>())));
            coverage.put(id, row);
        }
    }

    /** Reads {@code labels.yaml} text whose documents live in {@code dir}; problems are collected, never thrown. */
    static LabelSetChecker check(String yaml, Path dir) {
        LabelSetChecker checker = new LabelSetChecker();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            checker.problems.add("labels are not valid YAML: " + e.getMessage());
            return checker;
        }
        JsonNode docs = root == null ? null : root.get("documents");
        if (docs == null || !docs.isArray()) {
            checker.problems.add("labels have no 'documents' list");
            return checker;
        }
        docs.forEach(doc -> checker.checkDocument(doc, dir));
        return checker;
    }

    List<String> problems() {
        return problems;
    }

    int documentCount() {
        return documentCount;
    }

    Cell cell(String clause, String status) {
        return coverage.get(clause).get(status);
    }

    private void checkDocument(JsonNode doc, Path dir) {
        documentCount++;
        String file = doc.path("file").asText("");
        String style = doc.path("style").asText("");
        if (file.isBlank()) {
            problems.add("document #" + documentCount + " has no 'file'");
            return;
        }
        if (style.isBlank()) {
            problems.add(file + ": no 'style'");
        }
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file + ": file does not exist in " + dir);
            return;
        }
        String text = fold(readText(path));
        JsonNode clauses = doc.path("clauses");
        Set<String> seen = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = clauses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            seen.add(e.getKey());
            if (!CLAUSE_IDS.contains(e.getKey())) {
                problems.add(file + ": unknown clause id '" + e.getKey() + "'");
                continue;
            }
            checkLabel(file, style, e.getKey(), e.getValue(), text);
        }
        for (String id : CLAUSE_IDS) {
            if (!seen.contains(id)) {
                problems.add(file + ": clause '" + id + "' is not listed");
            }
        }
    }

    private void checkLabel(String file, String style, String clause, JsonNode label, String foldedText) {
        String where = file + " / " + clause + ": ";
        String status = label.path("status").asText("");
        if (!STATUSES.contains(status)) {
            problems.add(where + "status '" + status + "' is not one of " + STATUSES);
            return;
        }
        Cell cell = cell(clause, status);
        cell.documents().add(file);
        cell.styles().add(style);
        if (status.equals("missing")) {
            return;
        }
        if (label.path("section").asText("").isBlank()) {
            problems.add(where + "a " + status + " label needs a section");
        }
        String quote = label.path("quote").asText("");
        if (quote.isBlank()) {
            problems.add(where + "a " + status + " label needs a quote from the deciding sentence");
        } else if (!foldedText.contains(fold(quote))) {
            problems.add(where + "quote not found in the document: \"" + quote + "\"");
        }
    }

    /** The text a reader sees: HTML pages are reduced to their visible text so quotes can span inline tags. */
    private static String readText(Path path) {
        try {
            String raw = Files.readString(path, StandardCharsets.UTF_8);
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")
                    ? Jsoup.parse(raw).text() : raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** The coverage matrix as "clause: protective=n weak=n adverse=n missing=n" lines, for failure messages. */
    String matrix() {
        StringBuilder sb = new StringBuilder();
        coverage.forEach((clause, row) -> {
            Map<String, Integer> counts = new TreeMap<>();
            row.forEach((status, cell) -> counts.put(status, cell.count()));
            sb.append(clause).append(": ").append(counts).append('\n');
        });
        return sb.toString();
    }
}

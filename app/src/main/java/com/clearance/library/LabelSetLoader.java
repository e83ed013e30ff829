package com.clearance.library;

import com.clearance.domain.Status;
import com.clearance.scoring.eval.ClauseLabel;
import com.clearance.scoring.eval.LabelSet;
import com.clearance.scoring.eval.LabelledDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an evaluation label set: our YAML format (see eval/README.md) or a reviewing lawyer's answer key in JSON
 * ({@code {FILE: {CLAUSE: {status, confidence, why, deciding: [...]}}}}, see the corpus's ANSWER-KEY.md). Labels of
 * confidence {@code low} are left out of a score in both formats: a second lawyer could well decide them otherwise.
 */
public final class LabelSetLoader {

    public LabelSet load(Path file) throws ClauseLibraryException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return new AnswerKeyReader().read(file);
        }
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ClauseLibraryException(file.getFileName() + ": cannot be read as YAML: "
                    + ClauseLibraryLoader.firstLine(e.getMessage()), e);
        }
        if (root == null || !root.has("documents") || !root.get("documents").isArray()) {
            throw new ClauseLibraryException(file.getFileName() + ": needs a 'documents' list.");
        }
        List<LabelledDocument> docs = new ArrayList<>();
        for (JsonNode d : root.get("documents")) {
            String name = text(d, "file");
            if (name == null) throw new ClauseLibraryException(file.getFileName() + ": a document has no 'file'.");
            Map<String, ClauseLabel> labels = new LinkedHashMap<>();
            JsonNode clauses = d.get("clauses");
            if (clauses != null && clauses.isObject()) {
                var it = clauses.fields();
                while (it.hasNext()) {
                    var e = it.next();
                    if (isLowConfidence(e.getValue())) continue;
                    labels.put(e.getKey(), label(e.getValue(), file, name, e.getKey()));
                }
            }
            docs.add(new LabelledDocument(name, text(d, "style"), labels));
        }
        return new LabelSet(root.has("set") ? root.get("set").asText() : file.getFileName().toString(), docs);
    }

    private static ClauseLabel label(JsonNode n, Path file, String doc, String clause) throws ClauseLibraryException {
        String status = text(n, "status");
        try {
            Status s = Status.fromId(status == null ? "" : status);
            Integer page = n.has("page") && n.get("page").canConvertToInt() ? n.get("page").asInt() : null;
            return new ClauseLabel(s, text(n, "section"), page, text(n, "quote"), text(n, "note"));
        } catch (IllegalArgumentException e) {
            throw new ClauseLibraryException(file.getFileName() + ": " + doc + " / " + clause + ": " + e.getMessage());
        }
    }

    static boolean isLowConfidence(JsonNode n) {
        String c = text(n, "confidence");
        return c != null && c.strip().equalsIgnoreCase("low");
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

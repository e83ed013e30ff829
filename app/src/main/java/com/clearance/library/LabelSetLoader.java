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

/** Reads an evaluation label set (YAML, see helper-labels-format / clause-library README). */
public final class LabelSetLoader {

    public LabelSet load(Path file) throws ClauseLibraryException {
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
            return new ClauseLabel(s, text(n, "section"), page, text(n, "quote"));
        } catch (IllegalArgumentException e) {
            throw new ClauseLibraryException(file.getFileName() + ": " + doc + " / " + clause + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

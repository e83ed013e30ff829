package com.clearance.library;

import com.clearance.domain.Decision;
import com.clearance.domain.DecisionKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads reviewer decisions for the command line from YAML, one entry per clause id:
 * {@code training-use: {decision: negotiate, note: "...", by: Jane Counsel, on: 2026-11-26}}. Only {@code decision}
 * is required. The workbench keeps decisions in its database instead.
 */
public final class DecisionFileReader {

    private static final Set<String> KEYS = Set.of("decision", "note", "by", "on");

    private DecisionFileReader() {
    }

    public static List<Decision> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportTemplateException(file.getFileName() + " cannot be read as YAML: " + e.getMessage(), e);
        }
        List<Decision> decisions = new ArrayList<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return decisions;
        }
        if (!root.isObject()) {
            throw new ReportTemplateException(file.getFileName() + ": expected one entry per clause id");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            decisions.add(decision(file.getFileName().toString(), e.getKey(), e.getValue()));
        }
        return decisions;
    }

    private static Decision decision(String file, String clauseId, JsonNode node) {
        String where = file + ": '" + clauseId + "'";
        if (!node.isObject() || !node.hasNonNull("decision")) {
            throw new ReportTemplateException(where + " needs a decision (accept, negotiate or waive)");
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                throw new ReportTemplateException(where + ": unknown key '" + k + "' (expected decision, note, by, on)");
            }
        });
        try {
            DecisionKind kind = DecisionKind.fromId(node.get("decision").asText());
            LocalDate on = node.hasNonNull("on") ? LocalDate.parse(node.get("on").asText()) : null;
            return new Decision(clauseId, kind, text(node, "note"), text(node, "by"), on);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ReportTemplateException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String key) {
        return node.hasNonNull(key) ? node.get(key).asText() : "";
    }
}

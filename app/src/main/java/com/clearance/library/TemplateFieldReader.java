package com.clearance.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads typed fields from a parsed template, recording each problem as "file: field path: what is wrong". */
final class TemplateFieldReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    TemplateFieldReader(String file) {
        this.file = file;
    }

    List<String> problems() {
        return problems;
    }

    List<String> strings(JsonNode list, String at) {
        List<String> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            problem(at, "must be a list");
            return out;
        }
        list.forEach(v -> out.add(v.asText().trim()));
        return out;
    }

    JsonNode list(JsonNode parent, String field, String at) {
        JsonNode n = parent.path(field);
        if (!n.isArray() || n.isEmpty()) {
            problem(at, n.isMissingNode() ? "missing: expected a non-empty list" : "must be a non-empty list");
            return JsonNodeFactory.instance.arrayNode();
        }
        return n;
    }

    String id(JsonNode parent, String at) {
        String field = at.substring(at.lastIndexOf('.') + 1);
        String v = text(parent, field, at, true);
        if (v != null && !ID.matcher(v).matches()) {
            problem(at, "'" + v + "' is not a valid id (lower-case letters, digits and hyphens)");
            return null;
        }
        return v;
    }

    String text(JsonNode parent, String field, String at, boolean required) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull() || n.asText().isBlank()) {
            if (required) {
                problem(at, "missing");
            }
            return null;
        }
        if (!n.isValueNode()) {
            problem(at, "must be text");
            return null;
        }
        return n.asText().trim();
    }

    double number(JsonNode parent, String field, String at, double fallback) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull()) {
            if (Double.isNaN(fallback)) {
                problem(at, "missing");
            }
            return fallback;
        }
        if (!n.isNumber()) {
            problem(at, "must be a number, found '" + n.asText() + "'");
            return Double.NaN;
        }
        return n.asDouble();
    }

    void problem(String field, String what) {
        problems.add(file + ": " + field + ": " + what);
    }
}

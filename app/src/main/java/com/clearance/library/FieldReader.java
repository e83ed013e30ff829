package com.clearance.library;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reads typed fields from a YAML node, recording an error (file, field, what is wrong) instead of throwing. */
final class FieldReader {

    private final String file;
    private final List<LibraryError> errors;

    FieldReader(String file, List<LibraryError> errors) {
        this.file = file;
        this.errors = errors;
    }

    String file() {
        return file;
    }

    void error(String field, String message) {
        errors.add(new LibraryError(file, field, message));
    }

    String requiredText(JsonNode node, String field, String path) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            error(path, "is missing; add " + field + ": <text>");
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            error(path, "must be a non-empty text");
            return null;
        }
        return v.asText();
    }

    String optionalText(JsonNode node, String field, String path) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) {
            error(path, "must be a text");
            return null;
        }
        return v.asText();
    }

    /** A list of texts; a single text is read as a one-element list. Null (with an error) when not a list of texts. */
    List<String> textList(JsonNode v, String path) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            error(path, "must be a list of texts");
            return null;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isValueNode() || item.asText().isBlank()) {
                error(path + "[" + i + "]", "must be a non-empty text");
                return null;
            }
            out.add(item.asText());
        }
        return out;
    }

    void rejectUnknown(JsonNode node, String path, List<String> known) {
        if (node == null || !node.isObject()) return;
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(path.isEmpty() ? name : path + "." + name, "is not a known field (expected one of "
                        + String.join(", ", known) + ")");
            }
        });
    }
}

package com.clearance.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which CSV column holds each ticket field. {@code id} and {@code summary} are required; {@code description} and
 * {@code created} may be null when the export has no such column.
 */
public record ColumnMapping(String id, String summary, String description, String created) {

    public static final ColumnMapping JIRA = new ColumnMapping("Issue key", "Summary", "Description", "Created");
    public static final ColumnMapping ZENDESK = new ColumnMapping("Id", "Subject", "Description", "Created at");

    public ColumnMapping {
        if (id == null || id.isBlank() || summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("a column mapping needs at least id and summary");
        }
    }

    /** Parses the command-line form {@code id=Key,summary=Title,description=Body,created=Opened}. */
    public static ColumnMapping parse(String spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not field=Column (e.g. id=Key,summary=Title)");
            }
            String field = part.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT);
            String column = part.substring(eq + 1).trim();
            if (!List.of("id", "summary", "description", "created").contains(field)) {
                unknown.add(field);
            }
            fields.put(field, column);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "unknown field " : "unknown fields ") + unknown
                    + "; use id, summary, description, created");
        }
        if (!fields.containsKey("id") || !fields.containsKey("summary")) {
            throw new IllegalArgumentException("the mapping must name the id and summary columns, e.g. id=Key,summary=Title");
        }
        return new ColumnMapping(fields.get("id"), fields.get("summary"), fields.get("description"), fields.get("created"));
    }
}

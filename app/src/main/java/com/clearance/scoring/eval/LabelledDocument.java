package com.clearance.scoring.eval;

import java.util.Map;

/** One document of a label set: its file (relative to the set's folder), drafting style and labels by clause id. */
public record LabelledDocument(String file, String style, Map<String, ClauseLabel> clauses) {

    public LabelledDocument {
        // the label file's order (Map.copyOf would change it on every run), so the report's rows read the same
        clauses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clauses));
    }
}

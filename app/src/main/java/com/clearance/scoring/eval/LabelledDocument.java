package com.clearance.scoring.eval;

import java.util.Map;

/** One document of a label set: its file (relative to the set's folder), drafting style and labels by clause id. */
public record LabelledDocument(String file, String style, Map<String, ClauseLabel> clauses) {

    public LabelledDocument {
        clauses = Map.copyOf(clauses);
    }
}

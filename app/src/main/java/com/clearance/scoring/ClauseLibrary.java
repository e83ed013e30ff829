package com.clearance.scoring;

import java.util.List;

/** A loaded clause library: its version, the shared vocabulary and the clauses in a stable order. */
public record ClauseLibrary(String version, Vocabulary vocabulary, List<ClauseDefinition> clauses) {

    public ClauseLibrary {
        clauses = List.copyOf(clauses);
    }

    public ClauseDefinition clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}

package com.clearance.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Clause texts by id, in library order. A clause the catalogue does not know reads as its id. */
public final class ClauseCatalog {

    private final Map<String, ClauseText> byId = new LinkedHashMap<>();

    public ClauseCatalog(Collection<ClauseText> clauses) {
        for (ClauseText c : clauses) {
            byId.put(c.id(), c);
        }
    }

    /** A catalogue that knows only titles (clause id to title). */
    public static ClauseCatalog ofTitles(Map<String, String> titles) {
        return new ClauseCatalog(titles.entrySet().stream()
                .map(e -> ClauseText.titled(e.getKey(), e.getValue())).toList());
    }

    public ClauseText get(String clauseId) {
        ClauseText known = byId.get(clauseId);
        return known != null ? known : ClauseText.titled(clauseId, clauseId);
    }

    public String title(String clauseId) {
        return get(clauseId).title();
    }

    /** Clause ids in library order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}

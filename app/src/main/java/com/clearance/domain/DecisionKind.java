package com.clearance.domain;

/** What the reviewer decided to do about a finding. The JSON and YAML name is the lower-case id. */
public enum DecisionKind {
    ACCEPT("accept"), NEGOTIATE("negotiate"), WAIVE("waive");

    private final String id;

    DecisionKind(String id) { this.id = id; }

    public String id() { return id; }

    public static DecisionKind fromId(String id) {
        for (DecisionKind k : values()) {
            if (k.id.equalsIgnoreCase(id.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown decision '" + id + "' (expected accept, negotiate or waive)");
    }
}

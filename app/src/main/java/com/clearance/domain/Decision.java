package com.clearance.domain;

/** What a reviewer decided to do about one finding. */
public enum Decision {
    ACCEPT("accept"), NEGOTIATE("negotiate"), WAIVE("waive");

    private final String id;

    Decision(String id) { this.id = id; }

    public String id() { return id; }

    public static Decision fromId(String id) {
        for (Decision d : values()) {
            if (d.id.equalsIgnoreCase(id.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown decision '" + id + "' (expected accept, negotiate or waive)");
    }
}

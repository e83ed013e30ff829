package com.clearance.domain;

/**
 * How a contract stands on one clause, from the buying customer's side. Ordered from best to worst so that the
 * weaker of two statuses is the greater one; MISSING stands apart (silence, not a position).
 */
public enum Status {
    PROTECTIVE("protective"), WEAK("weak"), ADVERSE("adverse"), MISSING("missing");

    private final String id;

    Status(String id) { this.id = id; }

    public String id() { return id; }

    public static Status fromId(String id) {
        for (Status s : values()) {
            if (s.id.equalsIgnoreCase(id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + id + "' (expected protective, weak, adverse or missing)");
    }

    /** The weaker of two statuses that both address the topic: adverse over weak over protective. */
    public static Status weaker(Status a, Status b) {
        if (a == MISSING) return b;
        if (b == MISSING) return a;
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

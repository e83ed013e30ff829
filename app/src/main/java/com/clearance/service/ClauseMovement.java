package com.clearance.service;

import com.clearance.domain.Status;

/** How one clause changed between two versions of a vendor's terms. */
public record ClauseMovement(String clauseId, String title, Status before, Status after, Direction direction) {

    public enum Direction { BETTER, WORSE, UNCHANGED }

    /**
     * How good a status is for the customer: protective, then weak (addressed with a hole), then missing (silence),
     * then adverse (the vendor holds the opposite right).
     */
    static int rank(Status s) {
        if (s == null) {
            return 1;
        }
        return switch (s) {
            case PROTECTIVE -> 3;
            case WEAK -> 2;
            case MISSING -> 1;
            case ADVERSE -> 0;
        };
    }

    static Direction between(Status before, Status after) {
        int d = Integer.compare(rank(after), rank(before));
        return d > 0 ? Direction.BETTER : d < 0 ? Direction.WORSE : Direction.UNCHANGED;
    }
}

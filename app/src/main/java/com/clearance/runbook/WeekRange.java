package com.clearance.runbook;

/** An inclusive range of weeks relative to launch: week 1 is launch day and the six days after, week -1 the week before. */
public record WeekRange(int from, int to) {

    public WeekRange {
        if (from > to) {
            throw new IllegalArgumentException("week range starts after it ends: " + from + ".." + to);
        }
    }

    public boolean contains(int week) {
        return week >= from && week <= to;
    }

    @Override
    public String toString() {
        return "weeks " + from + ".." + to;
    }
}

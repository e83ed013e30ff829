package com.clearance.runbook;

import java.util.List;

/**
 * The category a ticket was sorted into, its score, the week since launch it arrived in (null without a launch date
 * or a created date) and the words that decided it.
 */
public record Classification(String ticketId, String category, double score, Integer week, List<String> evidence) {

    public Classification {
        evidence = List.copyOf(evidence);
    }

    public String evidenceText() {
        return String.join(", ", evidence);
    }

    public Classification withWeek(Integer newWeek) {
        return new Classification(ticketId, category, score, newWeek, evidence);
    }
}

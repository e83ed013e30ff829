package com.clearance.domain;

import java.time.LocalDate;

/**
 * A reviewer's decision on one clause of one contract: accept the position, negotiate it, or waive the point; with a
 * free-text note, who decided and when (the date may be null when unknown).
 */
public record Decision(String clauseId, DecisionKind kind, String note, String reviewer, LocalDate decidedOn) {

    public Decision {
        if (clauseId == null || clauseId.isBlank()) {
            throw new IllegalArgumentException("a decision needs the clause id it is about");
        }
        if (kind == null) {
            throw new IllegalArgumentException("a decision needs a kind (accept, negotiate or waive)");
        }
        note = note == null ? "" : note;
        reviewer = reviewer == null ? "" : reviewer;
    }
}

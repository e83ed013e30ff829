package com.clearance.persistence;

import com.clearance.domain.DecisionKind;

import java.time.Instant;

/**
 * The current decision on one finding (contract + clause). {@code version} counts the changes made to the finding
 * so far; a save names the version it was made over, and is refused when the finding has moved on since.
 */
public record DecisionRecord(long contractId, String clauseId, DecisionKind decision, String note, String reviewer,
                             Instant decidedAt, int version) {

    public DecisionRecord(long contractId, String clauseId, DecisionKind decision, String note, String reviewer,
                          Instant decidedAt) {
        this(contractId, clauseId, decision, note, reviewer, decidedAt, 0);
    }
}

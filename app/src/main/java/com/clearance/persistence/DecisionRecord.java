package com.clearance.persistence;

import com.clearance.domain.DecisionKind;

import java.time.Instant;

/** The current decision on one finding (contract + clause). */
public record DecisionRecord(long contractId, String clauseId, DecisionKind decision, String note, String reviewer,
                             Instant decidedAt) {
}

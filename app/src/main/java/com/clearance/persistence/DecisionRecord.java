package com.clearance.persistence;

import com.clearance.domain.Decision;

import java.time.Instant;

/** The current decision on one finding (contract + clause). */
public record DecisionRecord(long contractId, String clauseId, Decision decision, String note, String reviewer,
                             Instant decidedAt) {
}

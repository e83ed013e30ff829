package com.clearance.persistence;

import com.clearance.domain.DecisionKind;

import java.time.Instant;

/**
 * One entry of the decision audit trail. {@code action} is RECORD (a decision made or changed) or UNDO (an earlier
 * event reverted; {@code decision} is then the state restored, null when there was none).
 */
public record DecisionEvent(long id, long contractId, String clauseId, Action action, DecisionKind decision, String note,
                            String reviewer, Instant occurredAt, Long undoesEventId) {

    public enum Action { RECORD, UNDO }
}

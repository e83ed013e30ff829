package com.clearance.persistence;

import com.clearance.domain.DecisionKind;

import java.time.Instant;

/**
 * One entry of the decision audit trail. {@code action} is RECORD (a decision made or changed) or UNDO (an earlier
 * event reverted; {@code decision} is then the state restored, null when there was none). {@code version} is the
 * finding's version this event made (its position in the finding's trail, from 1).
 */
public record DecisionEvent(long id, long contractId, String clauseId, Action action, DecisionKind decision, String note,
                            String reviewer, Instant occurredAt, Long undoesEventId, int version) {

    public enum Action { RECORD, UNDO }

    public DecisionEvent(long id, long contractId, String clauseId, Action action, DecisionKind decision, String note,
                         String reviewer, Instant occurredAt, Long undoesEventId) {
        this(id, contractId, clauseId, action, decision, note, reviewer, occurredAt, undoesEventId, 0);
    }
}

package com.clearance.service;

import com.clearance.domain.DecisionKind;
import com.clearance.persistence.DecisionEvent;
import com.clearance.persistence.DecisionRecord;
import com.clearance.persistence.DecisionRepository;
import com.clearance.persistence.StoreException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records reviewers' decisions on findings, keeps the trail, and undoes the last edit. Every call commits. */
public final class DecisionService {

    private final DecisionRepository decisions;
    private final Clock clock;

    public DecisionService(DecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    public DecisionEvent record(long contractId, String clauseId, DecisionKind decision, String note, String reviewer)
            throws StoreException {
        if (decision == null) {
            throw new IllegalArgumentException("Choose accept, negotiate or waive before saving.");
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("Enter your name: every decision records who made it.");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        return decisions.record(contractId, clauseId, decision, cleanNote, reviewer.strip(), clock.instant());
    }

    /** Current decisions of one contract by clause id. */
    public Map<String, DecisionRecord> current(long contractId) throws StoreException {
        Map<String, DecisionRecord> byClause = new LinkedHashMap<>();
        for (DecisionRecord r : decisions.forContract(contractId)) {
            byClause.put(r.clauseId(), r);
        }
        return byClause;
    }

    public List<DecisionEvent> history(long contractId, String clauseId) throws StoreException {
        return decisions.history(contractId, clauseId);
    }

    /** Reverts the most recent decision change (of anyone, anywhere); empty when there is nothing to undo. */
    public Optional<DecisionEvent> undoLast(String reviewer) throws StoreException {
        String who = reviewer == null || reviewer.isBlank() ? "unknown" : reviewer.strip();
        return decisions.undoLast(who, clock.instant());
    }
}

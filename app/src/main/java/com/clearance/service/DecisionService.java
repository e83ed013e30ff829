package com.clearance.service;

import com.clearance.domain.DecisionKind;
import com.clearance.persistence.DecisionEvent;
import com.clearance.persistence.DecisionRecord;
import com.clearance.persistence.DecisionRepository;
import com.clearance.persistence.StaleWriteException;
import com.clearance.persistence.StoreException;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records reviewers' decisions on findings, keeps the trail, and undoes this session's own last edit. Every call
 * commits. A save names the version of the finding it was made over and is refused when someone changed it since;
 * an undo only reverts a change this session made, and only while it is still the finding's current state.
 */
public final class DecisionService {

    private final DecisionRepository decisions;
    private final Clock clock;
    private final Deque<DecisionEvent> mine = new ArrayDeque<>();

    public DecisionService(DecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Records over whatever the finding holds now. */
    public DecisionEvent record(long contractId, String clauseId, DecisionKind decision, String note, String reviewer)
            throws StoreException {
        return record(contractId, clauseId, decision, note, reviewer, null);
    }

    /** Records over version {@code expectedVersion} of the finding; a {@link StaleWriteException} when it moved on. */
    public DecisionEvent record(long contractId, String clauseId, DecisionKind decision, String note, String reviewer,
                                Integer expectedVersion) throws StoreException {
        if (decision == null) {
            throw new IllegalArgumentException("Choose accept, negotiate or waive before saving.");
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("Enter your name: every decision records who made it.");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 4000) {
            throw new IllegalArgumentException("A note is at most 4000 characters; this one has " + cleanNote.length()
                    + ".");
        }
        DecisionEvent event = decisions.record(contractId, clauseId, decision, cleanNote, reviewer.strip(),
                clock.instant(), expectedVersion);
        synchronized (mine) {
            mine.push(event);
        }
        return event;
    }

    /** Current decisions of one contract by clause id. */
    public Map<String, DecisionRecord> current(long contractId) throws StoreException {
        Map<String, DecisionRecord> byClause = new LinkedHashMap<>();
        for (DecisionRecord r : decisions.forContract(contractId)) {
            byClause.put(r.clauseId(), r);
        }
        return byClause;
    }

    /** The version of each finding of a contract (absent: never decided, version 0). */
    public Map<String, Integer> versions(long contractId) throws StoreException {
        return decisions.versions(contractId);
    }

    public List<DecisionEvent> history(long contractId, String clauseId) throws StoreException {
        return decisions.history(contractId, clauseId);
    }

    /**
     * Reverts this session's most recent decision; empty when it made none (left to undo). Refused with a
     * {@link StaleWriteException} when someone changed that finding after it; the change is then no longer
     * undoable and the next undo goes to the one before.
     */
    public Optional<DecisionEvent> undoLast(String reviewer) throws StoreException {
        DecisionEvent last;
        synchronized (mine) {
            last = mine.poll();
        }
        if (last == null) {
            return Optional.empty();
        }
        String who = reviewer == null || reviewer.isBlank() ? last.reviewer() : reviewer.strip();
        try {
            return Optional.of(decisions.undo(last.id(), who, clock.instant()));
        } catch (StaleWriteException e) {
            throw e; // someone changed the finding since: this change can never be undone again
        } catch (StoreException e) {
            synchronized (mine) {
                mine.push(last); // the database could not be reached: the change is still there to undo
            }
            throw e;
        }
    }
}

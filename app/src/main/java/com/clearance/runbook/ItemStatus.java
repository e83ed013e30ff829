package com.clearance.runbook;

import java.time.LocalDate;
import java.util.List;

/**
 * An item as it stands on a given day: its due date, state, whether a waiver has run out, and why it is at risk
 * (contract findings on its related clauses), if it is. Only an item still to do is at risk; on a done or validly
 * waived item the same findings are {@code notes}, shown quietly.
 */
public record ItemStatus(ChecklistItem item, String phaseId, LocalDate due, State state, boolean waiverExpired,
                         ItemState recorded, List<String> risks, List<String> notes) {

    public enum State { DONE, WAIVED, OVERDUE, OPEN }

    public ItemStatus {
        risks = List.copyOf(risks);
        notes = List.copyOf(notes);
    }

    public ItemStatus(ChecklistItem item, String phaseId, LocalDate due, State state, boolean waiverExpired,
                      ItemState recorded, List<String> risks) {
        this(item, phaseId, due, state, waiverExpired, recorded, risks, List.of());
    }

    /** Done, or waived by a waiver that has not expired. */
    public boolean counts() {
        return state == State.DONE || state == State.WAIVED;
    }

    public boolean atRisk() {
        return !risks.isEmpty();
    }
}

package com.clearance.runbook;

import java.util.List;

/** How far one phase has got: items that count as done (done or validly waived) out of all of them. */
public record PhaseStatus(Phase phase, boolean open, List<ItemStatus> items) {

    public PhaseStatus {
        items = List.copyOf(items);
    }

    public int complete() {
        return (int) items.stream().filter(ItemStatus::counts).count();
    }

    public int total() {
        return items.size();
    }

    /** 0..1; a phase with no items is complete. */
    public double completion() {
        return items.isEmpty() ? 1.0 : (double) complete() / items.size();
    }
}

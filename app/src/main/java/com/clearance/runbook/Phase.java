package com.clearance.runbook;

import java.util.List;

/** A phase of the runbook: the weeks it covers and its items. */
public record Phase(String id, String name, WeekRange weeks, List<ChecklistItem> items) {

    public Phase {
        items = List.copyOf(items);
    }
}

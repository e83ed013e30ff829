package com.clearance.runbook;

import java.util.List;

/**
 * One checkable item of a runbook: what done looks like, who owns it, when it is due (days from launch, negative
 * before launch), the evidence that proves it, the contract clauses it relates to and the ticket categories it
 * prepares for.
 */
public record ChecklistItem(String id, String title, String done, String ownerRole, int dueOffsetDays,
                            String evidenceRequired, List<String> clauseIds, List<String> categoryIds) {

    public ChecklistItem {
        clauseIds = List.copyOf(clauseIds);
        categoryIds = List.copyOf(categoryIds);
    }
}

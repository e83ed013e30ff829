package com.clearance.runbook;

import java.time.LocalDate;
import java.util.List;

/** An AI feature launch worked through a runbook template, with its team and the vendor contracts it relies on. */
public record Launch(String name, String feature, LocalDate launchDate, String templateId, List<Member> members,
                     List<String> contractIds) {

    public Launch {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a launch needs a name");
        }
        if (launchDate == null) {
            throw new IllegalArgumentException("a launch needs a launch date");
        }
        members = List.copyOf(members);
        contractIds = List.copyOf(contractIds);
    }

    public LocalDate dueDate(ChecklistItem item) {
        return launchDate.plusDays(item.dueOffsetDays());
    }
}

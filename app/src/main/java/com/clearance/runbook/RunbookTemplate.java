package com.clearance.runbook;

import java.util.List;
import java.util.Optional;

/** A runbook template as loaded from checklists/: phases of items plus the ticket categories they prepare for. */
public record RunbookTemplate(String id, String name, int version, String description, ClassifierSettings classifier,
                              List<TicketCategory> categories, List<Phase> phases) {

    public RunbookTemplate {
        categories = List.copyOf(categories);
        phases = List.copyOf(phases);
    }

    public List<ChecklistItem> items() {
        return phases.stream().flatMap(p -> p.items().stream()).toList();
    }

    public Optional<ChecklistItem> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<TicketCategory> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    public Phase phaseOf(String itemId) {
        return phases.stream().filter(p -> p.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no item '" + itemId + "' in " + id));
    }
}

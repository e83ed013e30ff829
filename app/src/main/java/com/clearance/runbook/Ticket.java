package com.clearance.runbook;

import java.time.LocalDateTime;

/** A support ticket as imported: its id in the source system, summary, description and when it was created (may be null). */
public record Ticket(String id, String summary, String description, LocalDateTime created) {

    public Ticket {
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
    }
}

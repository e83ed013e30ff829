package com.clearance.runbook;

import java.time.Instant;

/** Who checked an item off, when, and the evidence: a note, a link and/or a reference to an attached file. */
public record Completion(String by, Instant at, String note, String link, String attachmentRef) {

    public Completion {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("say who completed the item");
        }
    }
}

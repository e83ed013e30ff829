package com.clearance.runbook;

import java.time.Instant;

/** A file attached as evidence to an item (content loaded only when asked for). */
public record Attachment(long id, String itemId, String fileName, String mediaType, long sizeBytes, String addedBy,
                         Instant addedAt, byte[] content) {

    public String ref() {
        return "attachment:" + id;
    }
}

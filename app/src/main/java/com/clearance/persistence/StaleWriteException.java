package com.clearance.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because someone changed the same thing after this user loaded it. The message is the sentence
 * the user sees: "Dana changed this finding at 14:02: reload to see it".
 */
public final class StaleWriteException extends StoreException {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final String changedBy;
    private final Instant changedAt;

    public StaleWriteException(String what, String changedBy, Instant changedAt, String then) {
        super(changedBy + " changed this " + what + " at " + HOUR.format(changedAt.atZone(ZoneId.systemDefault()))
                + ": " + then, null);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

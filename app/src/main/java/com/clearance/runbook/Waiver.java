package com.clearance.runbook;

import java.time.Instant;
import java.time.LocalDate;

/** An item deliberately not done: why, who decided, and the last day the waiver holds. */
public record Waiver(String reason, LocalDate until, String by, Instant at) {

    public Waiver {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        if (until == null) {
            throw new IllegalArgumentException("a waiver needs an expiry date");
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isAfter(until);
    }
}

package com.clearance.domain;

/** Thrown from a {@link WorkProgress} when the user cancelled; the work stops and stores nothing. */
public final class WorkCancelledException extends RuntimeException {

    public WorkCancelledException() {
        super("cancelled", null, false, false);
    }
}

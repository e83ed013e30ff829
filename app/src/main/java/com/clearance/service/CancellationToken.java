package com.clearance.service;

/** A flag the caller sets and long work checks between steps. */
public final class CancellationToken {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public static CancellationToken none() {
        return new CancellationToken();
    }
}

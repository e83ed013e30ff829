package com.clearance.persistence;

import java.time.Instant;

/**
 * One change someone made, as other windows hear of it: who, what kind ({@code decision}, {@code contract},
 * {@code audit}, {@code runbook}, {@code tickets}, {@code launch}), on which contract or launch, and a short line
 * such as "recorded a decision on Acme · training-use".
 */
public record Change(long id, String sessionId, String actor, String kind, Long contractId, String launchName,
                     String summary, Instant at) {

    /** The status line a window shows: "Dana recorded a decision on Acme · training-use". */
    public String line() {
        return actor + " " + summary;
    }
}

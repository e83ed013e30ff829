package com.clearance.domain;

import java.util.List;

/**
 * The verdict on one clause of the library for one contract: status, the sentences that decided it, a rationale that
 * names what decided it, the language to ask for when the status is not protective (null otherwise), and for a
 * missing clause what was looked for.
 */
public record Finding(
        String clauseId,
        Status status,
        List<Evidence> evidence,
        String rationale,
        String recommendation,
        String lookedFor) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}

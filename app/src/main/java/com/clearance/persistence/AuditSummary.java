package com.clearance.persistence;

import com.clearance.domain.Status;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The headline of one audit run: score, how many findings fell in each status, and whether the document read as an
 * agreement (a stored non-agreement was kept because the user insisted; it stays out of portfolios by default).
 */
public record AuditSummary(long auditId, long contractId, int score, String libraryVersion, Instant auditedAt,
                           Map<Status, Integer> counts, boolean looksLikeAgreement) {

    public AuditSummary(long auditId, long contractId, int score, String libraryVersion, Instant auditedAt,
                        Map<Status, Integer> counts) {
        this(auditId, contractId, score, libraryVersion, auditedAt, counts, true);
    }

    public AuditSummary {
        EnumMap<Status, Integer> copy = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            copy.put(s, counts.getOrDefault(s, 0));
        }
        counts = copy;
    }

    public int count(Status status) {
        return counts.get(status);
    }
}

package com.clearance.persistence;

import com.clearance.domain.AuditResult;

import java.time.Instant;

/** One audit run of one contract, as stored. */
public record StoredAudit(long id, long contractId, Instant auditedAt, AuditResult result) {
}

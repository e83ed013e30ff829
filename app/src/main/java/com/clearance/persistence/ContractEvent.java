package com.clearance.persistence;

import java.time.Instant;

/** A rename or deletion of a contract, kept in its trail. */
public record ContractEvent(long id, long contractId, String action, String actor, Instant occurredAt, String detail) {
}

package com.clearance.service;

import com.clearance.persistence.AuditSummary;
import com.clearance.persistence.ContractRecord;

/** One row of the contract list: the contract and its newest audit (null when it was never audited). */
public record ContractOverview(ContractRecord contract, AuditSummary latestAudit) {
}

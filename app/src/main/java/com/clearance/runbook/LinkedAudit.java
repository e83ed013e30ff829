package com.clearance.runbook;

import com.clearance.domain.AuditResult;

/** The scored result of one vendor contract linked to a launch. */
public record LinkedAudit(String contractId, AuditResult result) {
}

package com.clearance.service;

import com.clearance.domain.AuditResult;

import java.util.Optional;

/**
 * Where a launch finds the latest audit of a linked contract. The workbench's contract store provides the real one;
 * until then {@link #NONE} knows no audits, so linked contracts put nothing at risk.
 */
@FunctionalInterface
public interface ContractAudits {

    ContractAudits NONE = contractId -> Optional.empty();

    Optional<AuditResult> latest(String contractId);
}

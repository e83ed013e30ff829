package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.persistence.StoreException;

import java.util.Optional;

/**
 * Where a launch finds the latest audit of a linked contract. {@link StoredContractAudits} reads the contract store;
 * {@link #NONE} knows no audits (tests and stand-alone runbooks), so linked contracts put nothing at risk.
 */
@FunctionalInterface
public interface ContractAudits {

    ContractAudits NONE = contractId -> Optional.empty();

    Optional<AuditResult> latest(String contractId);

    /** The clause's title for people (the id when unknown): risk reasons name clauses by title, not id. */
    default String clauseTitle(String clauseId) {
        return clauseId;
    }

    /** The stored contract id a user means by {@code reference} (an id or a document name), if there is one. */
    default Optional<String> resolve(String reference) throws StoreException {
        return Optional.of(reference.trim());
    }
}

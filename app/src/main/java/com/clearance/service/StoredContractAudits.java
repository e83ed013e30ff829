package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.persistence.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Linked contracts as the workbench stores them: a launch names a contract by the workbench's numeric contract id,
 * and its newest audit decides which runbook items are at risk.
 */
public final class StoredContractAudits implements ContractAudits {

    private static final Logger LOG = LoggerFactory.getLogger(StoredContractAudits.class);

    private final ContractLibraryService contracts;

    public StoredContractAudits(ContractLibraryService contracts) {
        this.contracts = contracts;
    }

    @Override
    public Optional<AuditResult> latest(String contractId) {
        long id;
        try {
            id = Long.parseLong(contractId.trim());
        } catch (NumberFormatException e) {
            return Optional.empty(); // linked from the command line by another name: nothing to look up here
        }
        try {
            return contracts.latestAudit(id).map(a -> a.result());
        } catch (StoreException e) {
            // a launch must still open when one linked audit cannot be read; the risk is logged, not invented
            LOG.warn("Audit of linked contract {} could not be read", contractId, e);
            return Optional.empty();
        }
    }
}

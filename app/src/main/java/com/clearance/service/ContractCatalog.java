package com.clearance.service;

import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.AuditSummary;
import com.clearance.persistence.ContractEvent;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.StoreException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored contracts as a list to manage: find one by id, file name or vendor, rename it, delete it (kept for the
 * trail, hidden from lists and the portfolio). Needs no reader or clause library, so the command line uses it alone.
 */
public final class ContractCatalog {

    private final ContractRepository contracts;
    private final AuditRepository audits;
    private final Clock clock;

    public ContractCatalog(ContractRepository contracts, AuditRepository audits, Clock clock) {
        this.contracts = contracts;
        this.audits = audits;
        this.clock = clock;
    }

    /** Contracts not deleted, newest first, each with its latest audit. */
    public List<ContractOverview> list() throws StoreException {
        Map<Long, AuditSummary> latest = audits.latestByContract();
        return contracts.findAll().stream().map(c -> new ContractOverview(c, latest.get(c.id()))).toList();
    }

    /**
     * A stored contract (not deleted) by its id, its document's file name or its vendor; a typed error naming what
     * was looked for when there is none, or when a vendor name fits several.
     */
    public ContractRecord find(String reference) throws StoreException {
        String ref = reference == null ? "" : reference.strip();
        if (ref.matches("\\d{1,18}")) {
            Optional<ContractRecord> byId = contracts.find(Long.parseLong(ref));
            if (byId.isPresent() && byId.get().deleted()) {
                throw new StoreException("Contract " + ref + " (" + byId.get().documentName() + ") was deleted", null);
            }
            return byId.orElseThrow(() -> new StoreException("There is no contract " + ref + " in this database;"
                    + " 'clearance contracts list' shows the ids", null));
        }
        List<ContractRecord> all = contracts.findAll();
        Optional<ContractRecord> byName = all.stream().filter(c -> c.documentName().equalsIgnoreCase(ref)).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        List<ContractRecord> byVendor = all.stream().filter(c -> c.vendor().equalsIgnoreCase(ref)).toList();
        if (byVendor.size() > 1) {
            throw new StoreException(byVendor.size() + " contracts are from " + ref + "; name one by its id or file"
                    + " name ('clearance contracts list' shows them)", null);
        }
        return byVendor.stream().findFirst().orElseThrow(() -> new StoreException("No stored contract is called '" + ref
                + "'; name it by its id, file name or vendor ('clearance contracts list' shows them)", null));
    }

    public Optional<AuditSummary> latestAudit(long contractId) throws StoreException {
        return audits.history(contractId).stream().findFirst();
    }

    public ContractRecord rename(long contractId, String vendor, String by) throws StoreException {
        return contracts.rename(contractId, vendor, by, clock.instant());
    }

    public void delete(long contractId, String by) throws StoreException {
        contracts.delete(contractId, by, clock.instant());
    }

    public List<ContractEvent> trail(long contractId) throws StoreException {
        return contracts.events(contractId);
    }
}

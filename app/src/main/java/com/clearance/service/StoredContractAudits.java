package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.StoreException;
import com.clearance.persistence.StoredAudit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Launch-side view of the contract store: the latest audit of a linked contract, and which stored contract a user
 * means when they link one by its id or by its document's file name.
 */
public final class StoredContractAudits implements ContractAudits {

    private final ContractRepository contracts;
    private final AuditRepository audits;
    private final java.util.function.Supplier<java.util.Map<String, String>> titles;

    /** Clause titles from {@code auditor}'s library (the one in use, reloads included). */
    public StoredContractAudits(ContractRepository contracts, AuditRepository audits, ContractAuditor auditor) {
        this.contracts = contracts;
        this.audits = audits;
        this.titles = () -> auditor.clauses().stream().collect(java.util.stream.Collectors.toMap(ClauseInfo::id,
                ClauseInfo::title, (a, b) -> a));
    }

    /** Clause titles from the built-in library, read once when first needed. */
    public StoredContractAudits(ContractRepository contracts, AuditRepository audits) {
        this.contracts = contracts;
        this.audits = audits;
        this.titles = new java.util.function.Supplier<>() {
            private java.util.Map<String, String> loaded;

            @Override
            public synchronized java.util.Map<String, String> get() {
                if (loaded == null) {
                    try {
                        loaded = LibraryAuditor.load(null).clauses().stream().collect(java.util.stream.Collectors
                                .toMap(ClauseInfo::id, ClauseInfo::title, (a, b) -> a));
                    } catch (com.clearance.library.ClauseLibraryException e) {
                        loaded = java.util.Map.of();
                    }
                }
                return loaded;
            }
        };
    }

    @Override
    public String clauseTitle(String clauseId) {
        return titles.get().getOrDefault(clauseId, clauseId);
    }

    @Override
    public Optional<AuditResult> latest(String contractId) {
        Optional<Long> id = parse(contractId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return audits.latest(id.get()).map(StoredAudit::result);
        } catch (StoreException e) {
            // A launch still shows without contract risk when the store cannot be read; the caller logs nothing new.
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> resolve(String reference) throws StoreException {
        String ref = reference.trim();
        Optional<Long> id = parse(ref);
        if (id.isPresent()) {
            return contracts.find(id.get()).map(c -> Long.toString(c.id()));
        }
        List<ContractRecord> named = contracts.findAll().stream()
                .filter(c -> c.documentName().equalsIgnoreCase(ref))
                .sorted(Comparator.comparingLong(ContractRecord::id).reversed())
                .toList();
        return named.stream().findFirst().map(c -> Long.toString(c.id()));
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

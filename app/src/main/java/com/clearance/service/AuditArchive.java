package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.StoreException;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Stores an audited contract (document text and model, and the audit) so the workbench lists it. The window uses it
 * through {@link ContractLibraryService}; the command line opens one over a {@code --db} file to share the database.
 */
public final class AuditArchive implements AutoCloseable {

    private final ContractRepository contracts;
    private final AuditRepository audits;
    private final Clock clock;
    private final AutoCloseable resources;

    public AuditArchive(ContractRepository contracts, AuditRepository audits, Clock clock) {
        this(contracts, audits, clock, () -> { });
    }

    private AuditArchive(ContractRepository contracts, AuditRepository audits, Clock clock, AutoCloseable resources) {
        this.contracts = contracts;
        this.audits = audits;
        this.clock = clock;
        this.resources = resources;
    }

    /** Opens (creating and migrating when new) the database file at {@code dbFile}, with or without ".mv.db". */
    public static AuditArchive open(Path dbFile) throws StoreException {
        return open(dbFile.toString());
    }

    /** Opens the database {@code target} names: a file path (H2) or a PostgreSQL URL (the team database). */
    public static AuditArchive open(String target) throws StoreException {
        Database db = Database.open(target);
        return new AuditArchive(new ContractRepository(db), new AuditRepository(db), Clock.systemUTC(), db);
    }

    /**
     * Stores the contract and its audit in one transaction, on the disk when this returns; returns the new contract
     * id.
     */
    public long save(Path file, ContractDocument document, AuditResult result) throws StoreException {
        String name = file.getFileName().toString();
        java.time.Instant now = clock.instant();
        ContractRecord record = contracts.insertWithAudit(VendorNames.guess(name), name, file.toAbsolutePath().toString(),
                document.sha256(), document.format(), document.pageCount(), document.text(),
                DocumentCodec.toJson(document), now, result, now);
        return record.id();
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}

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
        String name = dbFile.toAbsolutePath().toString();
        Path base = Path.of(name.endsWith(".mv.db") ? name.substring(0, name.length() - 6) : name);
        try {
            com.clearance.persistence.UserOnlyFiles.createFolder(base.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("Could not create the folder for the database " + dbFile, e);
        }
        Database db = Database.open(base);
        return new AuditArchive(new ContractRepository(db.dataSource()), new AuditRepository(db.dataSource()),
                Clock.systemUTC(), db);
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

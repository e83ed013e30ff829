package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.WorkCancelledException;
import com.clearance.ingest.ImportException;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.AuditSummary;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.StoreException;
import com.clearance.persistence.StoredAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports contract files (read, audit, store), lists what is stored, and re-audits when the clause library changes.
 * Each file stands alone: one that fails is reported and the batch goes on.
 */
public final class ContractLibraryService {

    private static final Logger LOG = LoggerFactory.getLogger(ContractLibraryService.class);

    private final DocumentReader reader;
    private final ContractAuditor engine;
    private final ContractRepository contracts;
    private final AuditRepository audits;
    private final Clock clock;

    public ContractLibraryService(DocumentReader reader, ContractAuditor engine, ContractRepository contracts,
                                  AuditRepository audits, Clock clock) {
        this.reader = reader;
        this.engine = engine;
        this.contracts = contracts;
        this.audits = audits;
        this.clock = clock;
    }

    public List<FileOutcome> importFiles(List<Path> files, ProgressListener listener, CancellationToken cancel) {
        return importFiles(files, listener, cancel, false);
    }

    /**
     * Imports each file; a file that does not look like an agreement (no terms found) is judged but not stored unless
     * {@code insist} is true, when the user has said to keep it anyway.
     */
    public List<FileOutcome> importFiles(List<Path> files, ProgressListener listener, CancellationToken cancel,
                                         boolean insist) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            listener.onProgress(i, files.get(i), ProgressListener.Stage.QUEUED, 0, "waiting");
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (cancel.isCancelled()) {
                listener.onProgress(i, file, ProgressListener.Stage.CANCELLED, 0, "cancelled before it was read");
                outcomes.add(FileOutcome.cancelled(file));
                continue;
            }
            FileOutcome outcome = importOne(i, file, listener, cancel, insist);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /**
     * Reads, audits and stores one file. A cancel is checked at every page, every few hundred sentences and every
     * clause, and once more just before saving; a cancelled file stores nothing (the save is one transaction).
     */
    private FileOutcome importOne(int index, Path file, ProgressListener listener, CancellationToken cancel,
                                  boolean insist) {
        String refusal = engine.refusal();
        if (refusal != null) {
            return failed(index, file, listener, com.clearance.ingest.FileNames.shown(file) + ": not imported: " + refusal);
        }
        ImportProgress progress = new ImportProgress(index, file, listener, cancel);
        try {
            ContractDocument document = reader.read(file, progress);
            Optional<ContractRecord> same = contracts.findBySha256(document.sha256());
            if (same.isPresent()) {
                String message = com.clearance.ingest.FileNames.shown(file) + " is already in the portfolio as "
                        + same.get().vendor() + " (" + same.get().documentName() + "); re-audit it instead";
                listener.onProgress(index, file, ProgressListener.Stage.DONE, 1, "already imported");
                return FileOutcome.alreadyImported(file, same.get().id(), message);
            }
            AuditResult result = engine.audit(document, progress);
            if (!result.looksLikeAgreement() && !insist) {
                String why = com.clearance.ingest.FileNames.shown(file) + ": " + result.reading().notAgreementReason()
                        + "; it was not added (import it anyway if it is one)";
                listener.onProgress(index, file, ProgressListener.Stage.REFUSED, 1, why);
                return FileOutcome.notAnAgreement(file, why);
            }
            progress.saving();
            long id = store(file, document, result);
            listener.onProgress(index, file, ProgressListener.Stage.DONE, 1, "imported: score " + result.score()
                    + " / 100");
            return FileOutcome.imported(file, id);
        } catch (WorkCancelledException e) {
            LOG.info("Import of {} cancelled; nothing stored", file);
            listener.onProgress(index, file, ProgressListener.Stage.CANCELLED, 0, "cancelled; nothing was stored");
            return FileOutcome.cancelled(file, "cancelled while it was read; nothing was stored");
        } catch (ImportException e) {
            if (e.failure() == com.clearance.ingest.ImportFailure.CANCELLED) {
                listener.onProgress(index, file, ProgressListener.Stage.CANCELLED, 0, "cancelled");
                return FileOutcome.cancelled(file);
            }
            LOG.warn("Import failed for {}", file, e);
            return failed(index, file, listener, e.getMessage());
        } catch (StoreException e) {
            LOG.error("Could not store {}", file, e);
            return failed(index, file, listener, com.clearance.ingest.FileNames.shown(file) + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Unexpected failure importing {}", file, e);
            return failed(index, file, listener, com.clearance.ingest.FileNames.shown(file)
                    + ": Clearance could not audit this file (an internal error; the log has the details)");
        } catch (OutOfMemoryError e) {
            LOG.error("Out of memory importing {}", file, e);
            return failed(index, file, listener, com.clearance.ingest.FileNames.shown(file)
                    + ": it needs more memory than Clearance has to read it; split it and import the parts");
        }
    }

    private static FileOutcome failed(int index, Path file, ProgressListener listener, String message) {
        listener.onProgress(index, file, ProgressListener.Stage.FAILED, 1, message);
        return FileOutcome.failed(file, message);
    }

    private long store(Path file, ContractDocument document, AuditResult result) throws StoreException {
        return new AuditArchive(contracts, audits, clock).save(file, document, result);
    }

    /** Opens the sample contract: the stored one when it was imported before, else imports it now. */
    public long openSample(Path dataFolder) throws StoreException {
        for (ContractOverview o : contracts()) {
            if (o.contract().documentName().equals(SampleContract.FILE_NAME)) {
                return o.contract().id();
            }
        }
        FileOutcome outcome = importFiles(List.of(SampleContract.install(dataFolder)), ProgressListener.NONE,
                CancellationToken.none()).get(0);
        if (outcome.kind() != FileOutcome.Kind.IMPORTED) {
            throw new IllegalStateException("The sample contract could not be opened: " + outcome.message());
        }
        return outcome.contractId();
    }

    /** Whether the portfolio is empty (the welcome banner), without reading the list. */
    public boolean empty() throws StoreException {
        return !contracts.any();
    }

    public List<ContractOverview> contracts() throws StoreException {
        Map<Long, AuditSummary> latest = audits.latestByContract();
        return contracts.findAll().stream().map(c -> new ContractOverview(c, latest.get(c.id()))).toList();
    }

    /**
     * The next {@code limit} rows of {@link #contracts()} after {@code after} (null: from the newest), so a window can
     * show the newest contracts before the rest of a large portfolio is read.
     */
    public List<ContractOverview> contractsAfter(ContractRecord after, int limit) throws StoreException {
        List<ContractRecord> page = contracts.findPage(after, limit);
        Map<Long, AuditSummary> latest = audits.latestFor(page.stream().map(ContractRecord::id).toList());
        return page.stream().map(c -> new ContractOverview(c, latest.get(c.id()))).toList();
    }

    public Optional<ContractRecord> contract(long id) throws StoreException {
        return contracts.find(id);
    }

    public Optional<StoredAudit> latestAudit(long contractId) throws StoreException {
        return audits.latest(contractId);
    }

    /** One stored audit run (an earlier one, for comparison after a re-audit). */
    public StoredAudit audit(long auditId) throws StoreException {
        return audits.load(auditId);
    }

    public List<AuditSummary> auditHistory(long contractId) throws StoreException {
        return audits.history(contractId);
    }

    public String documentText(long contractId) throws StoreException {
        return contracts.body(contractId);
    }

    /** The stored document model of a contract (sections, sentences, text), as it was read on import. */
    public ContractDocument document(long contractId) throws StoreException {
        try {
            return DocumentCodec.fromJson(contracts.documentJson(contractId));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The stored text of this contract could not be read; import it again.", e);
        }
    }

    /**
     * Page {@code page} of a stored contract's original PDF drawn at {@code dpi}, for the page beside the finding.
     *
     * @throws ImportException with a plain sentence when the contract is not a PDF or its file is gone or damaged
     */
    public com.clearance.ingest.PageImages.Page pageImage(long contractId, int page, float dpi)
            throws StoreException, ImportException {
        ContractRecord c = contracts.find(contractId).orElseThrow(() -> new StoreException(
                "This contract is no longer stored; open it again from the Contracts screen.", null));
        if (c.format() != com.clearance.domain.DocumentFormat.PDF) {
            throw new ImportException(com.clearance.ingest.ImportFailure.NOT_A_DOCUMENT, c.documentName(),
                    "page images are shown for PDF contracts, and this one was imported from "
                            + c.format().id().toUpperCase(java.util.Locale.ROOT));
        }
        return com.clearance.ingest.PageImages.render(Path.of(c.sourcePath()), page, dpi);
    }

    /** The printed pages of a stored contract (number and character range), for page marks beside the text. */
    public List<com.clearance.domain.PageSpan> pages(long contractId) throws StoreException {
        try {
            return DocumentCodec.fromJson(contracts.documentJson(contractId)).pages();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Stored document model of contract {} could not be read; showing no page marks", contractId, e);
            return List.of();
        }
    }

    /** The warnings met when the contract was imported (a damaged page, a replaced character); empty when none. */
    public List<String> importWarnings(long contractId) throws StoreException {
        try {
            return DocumentCodec.fromJson(contracts.documentJson(contractId)).warnings();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Stored document model of contract {} could not be read; showing no import warnings", contractId, e);
            return List.of("the stored reading of this contract could not be checked for import warnings");
        }
    }

    /** Audits one stored contract again with the current library (a re-import of the same file); earlier runs stay. */
    public StoredAudit reaudit(long contractId) throws StoreException {
        String refusal = engine.refusal();
        if (refusal != null) {
            throw new StoreException("Not audited again: " + refusal, null);
        }
        ContractDocument document = document(contractId);
        long auditId = audits.save(contractId, engine.audit(document), clock.instant());
        return audits.load(auditId);
    }

    /** Renaming, deleting and finding stored contracts. */
    public ContractCatalog catalog() {
        return new ContractCatalog(contracts, audits, clock);
    }

    /** Contracts whose newest audit used another library version than the one loaded now. */
    public List<ContractRecord> staleContracts() throws StoreException {
        String version = engine.libraryVersion();
        return contracts().stream()
                .filter(o -> o.latestAudit() == null || !version.equals(o.latestAudit().libraryVersion()))
                .map(ContractOverview::contract).toList();
    }

    /** Audits every stale contract again with the current library; earlier audits stay stored. Returns how many. */
    public int reauditStale(ProgressListener listener, CancellationToken cancel) throws StoreException {
        if (engine.refusal() != null) {
            throw new StoreException("Not audited again: " + engine.refusal(), null);
        }
        List<ContractRecord> stale = staleContracts();
        int done = 0;
        for (int i = 0; i < stale.size() && !cancel.isCancelled(); i++) {
            ContractRecord c = stale.get(i);
            Path path = Path.of(c.sourcePath());
            try {
                listener.onProgress(i, path, ProgressListener.Stage.AUDITING, 0.5, "re-auditing");
                ContractDocument document = DocumentCodec.fromJson(contracts.documentJson(c.id()));
                AuditResult result = engine.audit(document, new ImportProgress(i, path, listener, cancel));
                audits.save(c.id(), result, clock.instant());
                listener.onProgress(i, path, ProgressListener.Stage.DONE, 1, "re-audited");
                done++;
            } catch (WorkCancelledException e) {
                listener.onProgress(i, path, ProgressListener.Stage.CANCELLED, 0, "cancelled; its earlier audit stays");
                break;
            } catch (java.io.IOException | RuntimeException e) {
                LOG.error("Re-audit failed for contract {}", c.id(), e);
                listener.onProgress(i, path, ProgressListener.Stage.FAILED, 1,
                        c.documentName() + ": could not be audited again (the log has the details)");
            }
        }
        return done;
    }
}

package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;
import com.clearance.library.ClauseLibraryException;
import com.clearance.library.ClauseLibraryLoader;
import com.clearance.library.LoadedLibrary;
import com.clearance.scoring.AuditEngine;
import com.clearance.scoring.ClauseLibrary;

import java.nio.file.Path;

/** Audits contracts against a clause library: a read document, or a file read through the {@link ContractReader}. */
public final class AuditService {

    private final AuditEngine engine;
    private final ContractReader reader;

    public AuditService(ClauseLibrary library, ContractReader reader) {
        this.engine = new AuditEngine(library);
        this.reader = reader;
    }

    public AuditService(ClauseLibrary library) {
        this(library, new ContractReader());
    }

    /** The shipped library, or the one in {@code folder} when given. */
    public static LoadedLibrary loadLibrary(Path folder) throws ClauseLibraryException {
        ClauseLibraryLoader loader = new ClauseLibraryLoader();
        return folder == null ? loader.loadDefault() : loader.load(folder);
    }

    public ClauseLibrary library() {
        return engine.library();
    }

    public AuditResult audit(ContractDocument document) {
        return engine.audit(document);
    }

    public java.util.List<String> explain(ContractDocument document, String clauseId) {
        return engine.explain(document, clauseId);
    }

    public ContractDocument read(Path file) throws ImportException {
        return reader.read(file);
    }

    /** The file's text blocks before structuring (to print a typed copy of it). */
    public com.clearance.text.ExtractedText extract(Path file) throws ImportException {
        return reader.extract(file);
    }

    /** Reads with progress (pages read, scan pages recognised) and cancel. */
    public ContractDocument read(Path file, com.clearance.domain.WorkProgress progress) throws ImportException {
        return reader.read(file, progress);
    }

    public AuditResult audit(Path file) throws ImportException {
        return engine.audit(reader.read(file));
    }
}

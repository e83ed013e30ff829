package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.WorkProgress;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;

import java.nio.file.Path;

/** Reads one contract file into the document model (the ingest registry behind it picks the format). */
@FunctionalInterface
public interface DocumentReader {

    ContractDocument read(Path file) throws ImportException;

    /** Reads with progress (PDF pages, OCR, structuring); readers that cannot report just read. */
    default ContractDocument read(Path file, WorkProgress progress) throws ImportException {
        progress.step(ContractReader.READING, 0, 1);
        return read(file);
    }

    /** The real reader, reporting each page and stopping between pages on a cancel. */
    static DocumentReader of(ContractReader reader) {
        return new DocumentReader() {
            @Override
            public ContractDocument read(Path file) throws ImportException {
                return reader.read(file);
            }

            @Override
            public ContractDocument read(Path file, WorkProgress progress) throws ImportException {
                return reader.read(file, progress);
            }
        };
    }
}

package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;
import com.clearance.ingest.ImportMonitor;

import java.nio.file.Path;

/** Reads one contract file into the document model (the ingest registry behind it picks the format). */
@FunctionalInterface
public interface DocumentReader {

    ContractDocument read(Path file) throws ImportException;

    /** Reads with progress and cancel for the long steps (OCR); readers without such steps ignore the monitor. */
    default ContractDocument read(Path file, ImportMonitor monitor) throws ImportException {
        return read(file);
    }

    static DocumentReader of(ContractReader reader) {
        return new DocumentReader() {
            @Override
            public ContractDocument read(Path file) throws ImportException {
                return reader.read(file);
            }

            @Override
            public ContractDocument read(Path file, ImportMonitor monitor) throws ImportException {
                return reader.read(file, monitor);
            }
        };
    }
}

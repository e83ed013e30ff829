package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ImportException;

import java.nio.file.Path;

/** Reads one contract file into the document model (the ingest registry behind it picks the format). */
@FunctionalInterface
public interface DocumentReader {

    ContractDocument read(Path file) throws ImportException;
}

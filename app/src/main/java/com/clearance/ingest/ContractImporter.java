package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.text.ExtractedText;

import java.nio.file.Path;

/** Reads one file format into text blocks. One class per format; the registry picks by content first. */
public interface ContractImporter {

    DocumentFormat format();

    /** True when the content (and, for plain text formats, the name) says this importer reads the file. */
    boolean accepts(FileProbe probe);

    ExtractedText extract(Path file) throws ImportException;

    /** Extracts with progress and cancel for the long steps (OCR); formats without one ignore the monitor. */
    default ExtractedText extract(Path file, ImportMonitor monitor) throws ImportException {
        return extract(file);
    }
}

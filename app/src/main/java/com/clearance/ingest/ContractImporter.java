package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.domain.WorkProgress;
import com.clearance.text.ExtractedText;

import java.nio.file.Path;

/** Reads one file format into text blocks. One class per format; the registry picks by content first. */
public interface ContractImporter {

    DocumentFormat format();

    /** True when the content (and, for plain text formats, the name) says this importer reads the file. */
    boolean accepts(FileProbe probe);

    ExtractedText extract(Path file) throws ImportException;

    /**
     * Extracts with progress: formats read in one go report nothing (the reader reports around them); long ones (PDF)
     * report each page and may be stopped between pages by a {@link com.clearance.domain.WorkCancelledException}.
     */
    default ExtractedText extract(Path file, WorkProgress progress) throws ImportException {
        return extract(file);
    }
}

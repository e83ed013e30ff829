package com.clearance.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks every binary importer makes before parsing: the file is there, not empty and not absurdly large. */
final class FileChecks {

    private FileChecks() {
    }

    static long requireSize(Path file, String name, long maxBytes) throws ImportException {
        long size;
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ImportException(ImportFailure.NOT_FOUND, name);
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(ImportFailure.NOT_FOUND, name, e);
        }
        if (size == 0) {
            throw new ImportException(ImportFailure.EMPTY, name);
        }
        if (size > maxBytes) {
            throw tooLarge(name, size, maxBytes);
        }
        return size;
    }

    /**
     * The file is over a size cap: the sentence gives both sizes and what the user can do (there is no setting that
     * raises the cap, so it does not say "raise the limit").
     */
    static ImportException tooLarge(String name, long size, long maxBytes) {
        return new ImportException(ImportFailure.TOO_LARGE, name, "it is " + megabytes(size) + " MB, more than the "
                + megabytes(maxBytes) + " MB Clearance reads in one file; split it into smaller files (a scan can also"
                + " be saved again at a lower resolution, 200-300 dpi greyscale is plenty for OCR)");
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}

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
            throw new ImportException(ImportFailure.TOO_LARGE, name);
        }
        return size;
    }
}

package com.clearance.cli;

import com.clearance.ingest.FileNames;
import org.slf4j.Logger;

import java.nio.file.Path;

/**
 * The one line a user sees when reading or auditing one file fails in a way no importer foresaw: an internal error,
 * or the JVM running out of memory or stack on that file. The cause goes to the log; the next file goes on.
 */
final class UnexpectedFailure {

    private UnexpectedFailure() {
    }

    /** Logs {@code e} and returns the plain line for {@code file}; rethrows any other Error (never swallowed). */
    static String line(Logger log, Path file, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            log.error("Out of memory auditing {}", file, e);
            return FileNames.shown(file) + ": it needs more memory than Clearance has to read it; split it or start"
                    + " Clearance with a larger -Xmx.";
        }
        if (e instanceof StackOverflowError || e instanceof RuntimeException) {
            log.error("Unexpected failure auditing {}", file, e);
            return FileNames.shown(file) + ": Clearance could not audit it because of an internal error; see the log"
                    + " for details.";
        }
        if (e instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(e);
    }
}

package com.clearance.library;

/** The library cannot be loaded at all (no folder, no vocabulary). The message is one plain sentence. */
public class ClauseLibraryException extends Exception {

    public ClauseLibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    public ClauseLibraryException(String message) {
        super(message);
    }
}

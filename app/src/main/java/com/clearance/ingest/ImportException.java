package com.clearance.ingest;

/**
 * A file that could not be imported. {@link #getMessage()} is one plain sentence naming the file and what to do;
 * the cause, when there is one, is for the log only.
 */
public class ImportException extends Exception {

    private final ImportFailure failure;
    private final String fileName;

    public ImportException(ImportFailure failure, String fileName, Throwable cause) {
        super(FileNames.shown(fileName) + ": " + failure.advice() + ".", cause);
        this.failure = failure;
        this.fileName = fileName;
    }

    public ImportException(ImportFailure failure, String fileName) {
        this(failure, fileName, (Throwable) null);
    }

    /** A failure whose plain sentence says more than the kind's standard advice ({@code detail} replaces it). */
    public ImportException(ImportFailure failure, String fileName, String detail) {
        super(FileNames.shown(fileName) + ": " + detail + ".");
        this.failure = failure;
        this.fileName = fileName;
    }

    public ImportFailure failure() { return failure; }

    public String fileName() { return fileName; }
}

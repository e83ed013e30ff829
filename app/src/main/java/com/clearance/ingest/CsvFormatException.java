package com.clearance.ingest;

/** A ticket export that cannot be read as CSV or lacks the columns needed; the message says which and what to do. */
public class CsvFormatException extends Exception {

    public CsvFormatException(String message) {
        super(message);
    }

    public CsvFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.clearance.report;

import java.io.IOException;

/** A report could not be written to its target; the message is fit to show the user as it is. */
public class ReportWriteException extends IOException {

    public ReportWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}

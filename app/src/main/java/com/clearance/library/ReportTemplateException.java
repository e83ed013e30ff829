package com.clearance.library;

/** A report template in reports/ is missing, unreadable or invalid; the message names the file and the field. */
public class ReportTemplateException extends RuntimeException {

    public ReportTemplateException(String message) {
        super(message);
    }

    public ReportTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}

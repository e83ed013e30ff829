package com.clearance.ingest;

/** Why a file could not be imported at all. Each reason carries the advice shown to the user. */
public enum ImportFailure {
    NOT_FOUND("the file does not exist or cannot be read; check the path"),
    EMPTY("the file is empty; export the contract again"),
    NOT_A_DOCUMENT("it is not a contract document Clearance reads (PDF, DOCX, text, Markdown or saved HTML)"),
    CORRUPT("the file is damaged or truncated; download or export it again"),
    ENCRYPTED("it is password-protected; save an unprotected copy and import that"),
    NO_TEXT_LAYER("it has no text layer: it looks scanned; import it with --ocr auto to read it by OCR"),
    OCR_UNAVAILABLE("it is scanned, and reading scans needs Tesseract, which is not installed; install the packages "
            + com.clearance.ingest.ocr.Tesseract.PACKAGES + " (apt-get install -y "
            + com.clearance.ingest.ocr.Tesseract.PACKAGES + ") and import it again"),
    CANCELLED("the import was cancelled"),
    TOO_LARGE("it is larger than Clearance reads safely; split it or raise the limit");

    private final String advice;

    ImportFailure(String advice) { this.advice = advice; }

    public String advice() { return advice; }
}

package com.clearance.ingest;

/**
 * Hears how a long import is getting on and may stop it: OCR reports each recognised page and asks between pages
 * (and while a page is being recognised) whether the user cancelled. Called from worker threads.
 */
public interface ImportMonitor {

    ImportMonitor NONE = new ImportMonitor() { };

    /** {@code done} of {@code total} pages have been recognised. */
    default void pagesRecognised(int done, int total) {
    }

    default boolean cancelled() {
        return false;
    }
}

package com.clearance.ingest;

import com.clearance.domain.WorkCancelledException;
import com.clearance.domain.WorkProgress;

/**
 * Hears how a long import is getting on and may stop it: OCR reports each recognised page and asks between pages
 * (and while a page is being recognised) whether the user cancelled. Called from worker threads.
 */
public interface ImportMonitor {

    /** The stage name OCR reports through a {@link WorkProgress}. */
    String RECOGNISING_PAGE = "recognising page";

    ImportMonitor NONE = new ImportMonitor() { };

    /** {@code done} of {@code total} pages have been recognised. */
    default void pagesRecognised(int done, int total) {
    }

    default boolean cancelled() {
        return false;
    }

    /** The cancel this monitor heard, to be thrown in place of OCR's own cancellation; null when none. */
    default WorkCancelledException cancel() {
        return null;
    }

    /**
     * OCR's monitor over the reader's progress: recognised pages become "recognising page" steps, and a cancel thrown
     * by the progress (its way of saying stop) is remembered, so OCR stops between pages and the reader can rethrow it.
     */
    static ImportMonitor of(WorkProgress progress) {
        return new ImportMonitor() {
            private volatile WorkCancelledException cancel;
            private volatile int done;
            private volatile int total;

            @Override
            public void pagesRecognised(int done, int total) {
                this.done = done;
                this.total = total;
                report();
            }

            @Override
            public boolean cancelled() {
                if (cancel == null) {
                    report(); // the progress says stop by throwing, so asking is reporting where we are
                }
                return cancel != null;
            }

            @Override
            public WorkCancelledException cancel() {
                return cancel;
            }

            private synchronized void report() {
                if (cancel != null) {
                    return;
                }
                try {
                    progress.step(RECOGNISING_PAGE, done, total);
                } catch (WorkCancelledException e) {
                    cancel = e;
                }
            }
        };
    }
}

package com.clearance.service;

import java.nio.file.Path;

/** Hears how each file of a batch is getting on. Called on the worker thread; UIs hop to their own thread. */
@FunctionalInterface
public interface ProgressListener {

    /** REFUSED: read and judged, but it does not look like an agreement, so it was not stored (the user may insist). */
    enum Stage { QUEUED, READING, AUDITING, SAVING, DONE, FAILED, CANCELLED, REFUSED }

    void onProgress(int index, Path file, Stage stage, double fraction, String message);

    ProgressListener NONE = (index, file, stage, fraction, message) -> { };
}

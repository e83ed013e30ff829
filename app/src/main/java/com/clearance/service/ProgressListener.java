package com.clearance.service;

import java.nio.file.Path;

/** Hears how each file of a batch is getting on. Called on the worker thread; UIs hop to their own thread. */
@FunctionalInterface
public interface ProgressListener {

    enum Stage { QUEUED, READING, AUDITING, SAVING, DONE, FAILED, CANCELLED }

    void onProgress(int index, Path file, Stage stage, double fraction, String message);

    ProgressListener NONE = (index, file, stage, fraction, message) -> { };
}

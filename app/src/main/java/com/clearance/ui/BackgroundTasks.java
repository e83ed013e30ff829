package com.clearance.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the UI thread and hands the result back on it: the one place where the UI thread is
 * re-entered. View models take this interface so tests can run everything synchronously.
 */
public interface BackgroundTasks {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a small piece of UI work on the UI thread (progress updates from a worker). */
    void onUiThread(Runnable update);
}

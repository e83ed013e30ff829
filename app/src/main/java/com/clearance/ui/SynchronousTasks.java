package com.clearance.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work on the calling thread: for view-model tests without the toolkit. */
public final class SynchronousTasks implements BackgroundTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }
}

package com.clearance.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * For `clearance bench --startup` (and the package build's class-list run): when {@code CLEARANCE_STARTUP_PROBE} is
 * set, the window prints when its first frame was drawn, when the contracts list was usable (its first page shown) and
 * when the whole list was read, as milliseconds since the JVM started, then closes itself.
 */
final class StartupProbe {

    static final String VARIABLE = "CLEARANCE_STARTUP_PROBE";

    private final PrintStream out;

    private StartupProbe(PrintStream out) {
        this.out = out;
    }

    /** The probe when the variable asks for one, else null. */
    static StartupProbe fromEnvironment() {
        String value = System.getenv(VARIABLE);
        return value == null || value.isBlank() ? null : new StartupProbe(System.out);
    }

    /** Call right after the stage is shown: the next pulse draws the first frame. */
    void windowShown() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(() -> line("first-frame", ""));
            }
        }.start();
    }

    /**
     * Call once the contracts screen exists: prints when its first page of rows is on the screen (the list is usable:
     * rows to select and open) and when the whole list is read (search and sorting cover every contract), then exits.
     */
    void watch(ContractsViewModel contracts) {
        whenTrue(contracts.loadedProperty(), () -> {
            line("contracts-list", " " + contracts.pages().rows().size());
            contracts.whenComplete(() -> {
                line("contracts-complete", " " + contracts.allRows().size());
                Platform.exit();
            });
        });
    }

    /** Runs {@code then} one pulse after {@code flag} is true, so the rows are on the screen, not only in the list. */
    private static void whenTrue(javafx.beans.value.ObservableBooleanValue flag, Runnable then) {
        if (flag.get()) {
            Platform.runLater(then);
            return;
        }
        flag.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    flag.removeListener(this);
                    Platform.runLater(then);
                }
            }
        });
    }

    private void line(String what, String extra) {
        out.println("startup " + what + " " + ManagementFactory.getRuntimeMXBean().getUptime() + extra);
        out.flush();
    }
}

package com.clearance.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * For `clearance bench --startup` (and the package build's class-list run): when {@code CLEARANCE_STARTUP_PROBE} is
 * set, the window prints when its first frame was drawn and when the contracts list was usable, as milliseconds since
 * the JVM started, then closes itself.
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

    /** Call once the contracts screen exists: prints when its list has loaded, then exits. */
    void watch(ContractsViewModel contracts) {
        Runnable done = () -> {
            line("contracts-list", " " + contracts.allRows().size());
            Platform.exit();
        };
        if (contracts.loadedProperty().get()) {
            done.run();
            return;
        }
        contracts.loadedProperty().addListener((o, was, now) -> {
            if (now) {
                // one more pulse, so the rows are on the screen, not only in the list
                Platform.runLater(done);
            }
        });
    }

    private void line(String what, String extra) {
        out.println("startup " + what + " " + ManagementFactory.getRuntimeMXBean().getUptime() + extra);
        out.flush();
    }
}

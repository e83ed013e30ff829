package com.clearance.app;

import com.clearance.ui.WorkbenchApp;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Starts and stops the real workbench window over a database in a test folder, with throw-away preferences, and the
 * waits and look-ups the window tests share.
 */
final class WindowUnderTest {

    private WindowUnderTest() {
    }

    /** Window state goes to a fresh preferences node so tests never read or overwrite the user's own. */
    static void usePrivatePreferences() {
        System.setProperty("clearance.prefsNode", "clearance-test/" + System.nanoTime());
    }

    static WorkbenchApp start(Path dir) throws Exception {
        return start(dir, dir.resolve("clearance").toString());
    }

    /** The window over the database {@code target} names (a file path or a PostgreSQL URL). */
    static WorkbenchApp start(Path dir, String target) throws Exception {
        FxToolkit.registerPrimaryStage();
        WorkbenchApp started = new WorkbenchApp(() -> WorkbenchAssembly.open(dir, target, null));
        FxToolkit.setupApplication(() -> started);
        return started;
    }

    static void stop(WorkbenchApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        removePreferences();
    }

    private static void removePreferences() throws BackingStoreException {
        Preferences.userRoot().node(System.getProperty("clearance.prefsNode")).removeNode();
    }

    /** Waits up to 20 s for the window to reach a state (work runs on background threads), then for the FX queue. */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(20, condition);
    }

    static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Goes to the Launches screen and opens its New launch dialog. */
    static void openNewLaunchDialog(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#tab-launches").tryQuery().isPresent());
        robot.clickOn("#tab-launches");
        robot.clickOn("#newLaunchButton");
        waitFor(() -> robot.lookup("#launchName").tryQuery().isPresent());
    }

    /** The visible button with this text (dialog buttons have no id). */
    static Button button(String text, FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.isVisible()).queryButton();
    }
}

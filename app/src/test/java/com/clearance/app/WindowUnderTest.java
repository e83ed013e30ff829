package com.clearance.app;

import com.clearance.ui.WorkbenchApp;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Starts and stops the real workbench window over a database in a test folder, with throw-away preferences. */
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
}

package com.clearance.app;

import com.clearance.cli.ClearanceCommand;
import com.clearance.service.DataFolder;
import com.clearance.ui.WorkbenchApp;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * The one entry point: no arguments opens the workbench window, anything else runs the command line. Deliberately
 * not a JavaFX Application so the shaded jar starts without JavaFX on the module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("clearance.logDir", DataFolder.logs().toString());
        if (args.length == 0) {
            Application.launch(WorkbenchApp.class, args);
            return;
        }
        int exit = new CommandLine(new ClearanceCommand()).execute(args);
        System.exit(exit);
    }
}

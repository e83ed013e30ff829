package com.clearance.app;

import com.clearance.cli.ClearanceCommand;
import com.clearance.service.DataFolder;
import com.clearance.ui.WorkbenchApp;
import com.clearance.ui.WorkbenchPreferences;
import javafx.application.Application;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point: no arguments (or only window options) opens the workbench window, anything else runs the
 * command line. Deliberately not a JavaFX Application so the shaded jar starts without JavaFX on the module path.
 * Files alone ({@code clearance terms.pdf}, as the file manager's "Open with Clearance" runs it) open the window and
 * import them. Window options: {@code --db PATH} (database file, default in the data folder), {@code --library DIR},
 * and the hidden {@code --screenshot-tour DIR [--tour-import FILE]...} used to make the documentation screenshots.
 * Started without a heap option, it runs itself again with a bounded heap ({@link HeapBound}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        java.util.Optional<Integer> bounded = HeapBound.relaunchBounded(args);
        if (bounded.isPresent()) {
            System.exit(bounded.get());
            return;
        }
        System.setProperty("clearance.logDir", DataFolder.logs().toString());
        if (args.length == 0 || isWindowOption(args[0])) {
            launchWindow(args);
            return;
        }
        List<Path> opened = OpenedFiles.from(args, ClearanceCommand.commandLine().getSubcommands().keySet());
        if (!opened.isEmpty()) {
            WorkbenchApp.setFilesToOpen(opened);
            launchWindow(new String[0]);
            return;
        }
        int exit = ClearanceCommand.commandLine().execute(args);
        System.exit(exit);
    }

    private static boolean isWindowOption(String arg) {
        return List.of("--db", "--library", "--screenshot-tour", "--tour-import").contains(arg);
    }

    private static void launchWindow(String[] args) {
        String db = null;
        Path library = null;
        List<String> tourFiles = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--library" -> library = Path.of(args[i + 1]);
                case "--screenshot-tour" -> System.setProperty("clearance.screenshotTour", args[i + 1]);
                case "--tour-import" -> tourFiles.add(Path.of(args[i + 1]).toAbsolutePath().toString());
                default -> {
                    System.err.println("Unknown window option " + args[i] + "; expected --db PATH|URL or --library DIR.");
                    System.exit(2);
                }
            }
        }
        if (!tourFiles.isEmpty()) {
            System.setProperty("clearance.tourFiles", String.join(java.io.File.pathSeparator, tourFiles));
        }
        // no --db: the team database this user connected to last (remembered without a password), else the file here
        String remembered = WorkbenchPreferences.forUser().teamDatabase();
        String target = db != null ? db : remembered != null ? remembered : DataFolder.database().toString();
        Path libraryFolder = library;
        WorkbenchApp.setWorkbenchFactory(() -> WorkbenchAssembly.open(DataFolder.resolve(), target, libraryFolder));
        WorkbenchApp.setWorkbenchOpener(other -> WorkbenchAssembly.open(DataFolder.resolve(), other, libraryFolder));
        Application.launch(WorkbenchApp.class);
    }
}

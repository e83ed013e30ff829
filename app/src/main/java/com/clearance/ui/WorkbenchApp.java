package com.clearance.ui;

import com.clearance.service.Workbench;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The workbench window. The window is shown first; the database is opened and migrated and the clause library loaded
 * on a worker thread afterwards, so the window appears at once even on first start.
 */
public class WorkbenchApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    private static volatile Callable<Workbench> defaultFactory;
    private static volatile MainWindow.WorkbenchOpener defaultOpener;
    private static volatile java.util.List<Path> filesToOpen = java.util.List.of();

    private final Callable<Workbench> factory;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private MainWindow window;
    private volatile Workbench workbench;

    public WorkbenchApp() {
        this(null);
    }

    public WorkbenchApp(Callable<Workbench> factory) {
        this.factory = factory;
    }

    /** Set by the launcher before {@code Application.launch}: how to open the services (off the UI thread). */
    public static void setWorkbenchFactory(Callable<Workbench> factory) {
        defaultFactory = factory;
    }

    /** Set by the launcher: files to import once the database is open (a PDF or DOCX opened from the file manager). */
    public static void setFilesToOpen(java.util.List<Path> files) {
        filesToOpen = java.util.List.copyOf(files);
    }

    /** Set by the launcher: how File ▸ Connect to team database… opens another database. */
    public static void setWorkbenchOpener(MainWindow.WorkbenchOpener opener) {
        defaultOpener = opener;
    }

    @Override
    public void start(Stage stage) {
        long entered = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        window = new MainWindow(stage, WorkbenchPreferences.forUser(), tasks, getHostServices());
        window.setOpener(defaultOpener);
        stage.setOnCloseRequest(e -> {
            if (window.mayQuit()) {
                window.remember();
            } else {
                e.consume(); // the user chose to keep the import running
            }
        });
        window.show();
        StartupProbe probe = StartupProbe.fromEnvironment();
        if (probe != null) {
            probe.windowShown();
        }
        LOG.info("Window shown {} ms after the JVM started (toolkit ready at {} ms)",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), entered);
        Callable<Workbench> open = factory != null ? factory : defaultFactory;
        tasks.run(open, wb -> {
            workbench = wb;
            LOG.info("Database and clause library ready {} ms after the JVM started",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            window.attach(wb);
            if (probe != null) {
                probe.watch(window.contracts());
            }
            if (!filesToOpen.isEmpty()) {
                window.importFiles(filesToOpen);
            }
            String tour = System.getProperty("clearance.screenshotTour");
            if (tour != null && !tour.isBlank()) {
                new ScreenshotTour(window, Path.of(tour)).start();
            }
        }, window::showStartupError);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.remember();
            window.detach();
        }
        tasks.shutdown();
        Workbench open = window != null && window.workbench() != null ? window.workbench() : workbench;
        if (open != null) {
            try {
                open.close();
            } catch (Exception e) {
                LOG.warn("Closing the database failed", e);
            }
        }
    }

    /** The window, once started (for UI tests). */
    public MainWindow window() {
        return window;
    }
}

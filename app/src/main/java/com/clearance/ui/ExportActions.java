package com.clearance.ui;

import com.clearance.service.Workbench;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** File ▸ Export: gap report, negotiation pack, redline, portfolio workbook and readiness report, written off the UI thread. */
final class ExportActions {

    private final Stage stage;
    private final WorkbenchPreferences prefs;
    private final BackgroundTasks tasks;
    private final Supplier<Workbench> workbench;
    private final Supplier<Long> openContract;
    private final Supplier<String> openVendor;
    private final Supplier<String> reviewer;
    private final Consumer<String> status;
    private final Consumer<Throwable> onError;

    ExportActions(Stage stage, WorkbenchPreferences prefs, BackgroundTasks tasks, Supplier<Workbench> workbench,
                  Supplier<Long> openContract, Supplier<String> openVendor, Supplier<String> reviewer,
                  Consumer<String> status, Consumer<Throwable> onError) {
        this.stage = stage;
        this.prefs = prefs;
        this.tasks = tasks;
        this.workbench = workbench;
        this.openContract = openContract;
        this.openVendor = openVendor;
        this.reviewer = reviewer;
        this.status = status;
        this.onError = onError;
    }

    void gapReport() {
        Long id = openContract.get();
        if (id == null) {
            status.accept("Open a contract in the Audit screen first, then export its gap report.");
            return;
        }
        Path target = choose("Export gap report", name("gap-report", "pdf"), "PDF", "*.pdf");
        if (target != null) {
            write(target, () -> workbench.get().reports().gapReport(id, reviewer.get(), target));
        }
    }

    void negotiationPack() {
        Long id = openContract.get();
        if (id == null) {
            status.accept("Open a contract in the Audit screen first, then export its negotiation pack.");
            return;
        }
        Path target = choose("Export negotiation pack", name("negotiation-pack", "docx"), "Word document",
                "*.docx");
        if (target != null) {
            write(target, () -> workbench.get().reports().negotiationPack(id, reviewer.get(), target));
        }
    }

    /** The contract itself with our proposals as Word tracked changes and comments. */
    void redline() {
        Long id = openContract.get();
        if (id == null) {
            status.accept("Open a contract in the Audit screen first, then export its redline.");
            return;
        }
        Path target = choose("Export redline", name("redline", "docx"), "Word document", "*.docx");
        if (target != null) {
            write(target, () -> workbench.get().reports().redline(id, reviewer.get(), target));
        }
    }

    /** Asks which contracts to include (the latest version of each ticked), then where to save the workbook. */
    void portfolio() {
        tasks.run(() -> com.clearance.service.PortfolioSelection.choices(workbench.get().contracts().contracts()),
                choices -> {
                    if (choices.isEmpty()) {
                        status.accept("Import contracts first: the portfolio workbook lists audited contracts.");
                        return;
                    }
                    PortfolioDialog.choose(stage, choices).ifPresent(ids -> {
                        Path target = choose("Export portfolio", com.clearance.service.ExportNames.of("", "portfolio",
                                LocalDate.now(), "xlsx"), "Excel workbook", "*.xlsx");
                        if (target != null) {
                            write(target, () -> workbench.get().reports().portfolio(ids, reviewer.get(), target));
                        }
                    });
                }, onError);
    }

    /** The readiness report of a launch as it stands today (PDF). */
    void readinessReport(String launchName) {
        if (launchName == null) {
            status.accept("Select a launch in the Launches screen first, then export its readiness report.");
            return;
        }
        Path target = choose("Export readiness report", com.clearance.service.ExportNames.of(launchName, "readiness",
                LocalDate.now(), "pdf"), "PDF", "*.pdf");
        if (target != null) {
            write(target, () -> workbench.get().launchReports().readinessReport(launchName, LocalDate.now(), target));
        }
    }

    /** "Acme-gap-report-2026-12-02.pdf": the open contract's vendor and today. */
    private String name(String kind, String extension) {
        return com.clearance.service.ExportNames.of(openVendor.get(), kind, LocalDate.now(), extension);
    }

    private interface Export {
        void run() throws Exception;
    }

    private void write(Path target, Export export) {
        status.accept("Writing " + target.getFileName() + "…");
        tasks.run(() -> {
            export.run();
            return target;
        }, t -> status.accept("Written: " + t), onError);
    }

    private Path choose(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(prefs.lastFolder().toFile());
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return null;
        }
        prefs.saveLastFolder(file.toPath().getParent());
        return file.toPath();
    }
}

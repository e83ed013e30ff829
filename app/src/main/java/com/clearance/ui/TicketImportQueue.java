package com.clearance.ui;

import com.clearance.ingest.ColumnMapping;
import com.clearance.service.CancellationToken;
import com.clearance.service.LaunchService;
import com.clearance.service.ProgressListener.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Imports ticket exports one file after another, off the UI thread. A Jira or Zendesk export goes straight in; any
 * other layout stops on the UI thread to ask which column is which. A file that fails says why and the next goes on.
 */
final class TicketImportQueue {

    /** Asks the user to map an unrecognised layout's columns; empty = skip the file. Called on the UI thread. */
    @FunctionalInterface
    interface MappingAsker {
        Optional<ColumnMapping> ask(String fileName, List<String> headers);
    }

    private final Supplier<LaunchService> service;
    private final BackgroundTasks tasks;
    private final MappingAsker asker;
    private final String launch;
    private final List<Path> files;
    private final List<ImportItem> items;
    private final CancellationToken cancel;
    private final Runnable onFinished;
    private int imported;
    private int tickets;

    TicketImportQueue(Supplier<LaunchService> service, BackgroundTasks tasks, MappingAsker asker, String launch,
                      List<Path> files, List<ImportItem> items, CancellationToken cancel, Runnable onFinished) {
        this.service = service;
        this.tasks = tasks;
        this.asker = asker;
        this.launch = launch;
        this.files = List.copyOf(files);
        this.items = List.copyOf(items);
        this.cancel = cancel;
        this.onFinished = onFinished;
    }

    void start() {
        next(0);
    }

    /** Files that went in, and how many tickets they held. */
    String summary() {
        long failed = items.stream().filter(ImportItem::failed).count();
        long skipped = items.stream().filter(i -> i.stageProperty().get() == Stage.CANCELLED).count();
        return imported + " of " + files.size() + (files.size() == 1 ? " file" : " files") + " imported (" + tickets
                + " tickets)" + (failed > 0 ? ", " + failed + " could not be read" : "")
                + (skipped > 0 ? ", " + skipped + " skipped" : "");
    }

    private void next(int index) {
        if (index >= files.size()) {
            onFinished.run();
            return;
        }
        Path file = files.get(index);
        ImportItem item = items.get(index);
        if (cancel.isCancelled()) {
            set(item, Stage.CANCELLED, 0, "cancelled");
            next(index + 1);
            return;
        }
        set(item, Stage.READING, 0.2, "reading the header row");
        tasks.run(() -> service.get().ticketColumns(file), columns -> {
            if (columns.recognised()) {
                importFile(index, null, columns.layout());
                return;
            }
            Optional<ColumnMapping> mapping = asker.ask(file.getFileName().toString(), columns.headers());
            if (mapping.isEmpty()) {
                set(item, Stage.CANCELLED, 0, "skipped: the columns were not mapped");
                next(index + 1);
            } else {
                importFile(index, mapping.get(), "mapped");
            }
        }, e -> fail(index, e));
    }

    private void importFile(int index, ColumnMapping mapping, String layout) {
        ImportItem item = items.get(index);
        set(item, Stage.SAVING, 0.6, "classifying and saving (" + layout + " layout)");
        tasks.run(() -> service.get().importTickets(launch, files.get(index), mapping), (LaunchService.ImportSummary s) -> {
            imported++;
            tickets += s.imported();
            set(item, Stage.DONE, 1, s.imported() + " tickets, " + s.layout() + " layout"
                    + (s.warnings().isEmpty() ? "" : "; " + (s.warnings().size() == 1 ? "1 warning: " : s.warnings().size() + " warnings, the first: ") + s.warnings().get(0)));
            next(index + 1);
        }, e -> fail(index, e));
    }

    private void fail(int index, Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        set(items.get(index), Stage.FAILED, 1, m);
        next(index + 1);
    }

    private static void set(ImportItem item, Stage stage, double progress, String message) {
        item.stageProperty().set(stage);
        item.progressProperty().set(progress);
        item.messageProperty().set(message);
    }
}

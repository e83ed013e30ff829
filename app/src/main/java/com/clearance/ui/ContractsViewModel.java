package com.clearance.ui;

import com.clearance.domain.Status;
import com.clearance.service.CancellationToken;
import com.clearance.service.FileOutcome;
import com.clearance.service.Workbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The contracts screen: the audited contracts (searchable, filterable) and the import batch with progress. */
public final class ContractsViewModel {

    /** Rows per page of the table, and what the first read fetches: enough to fill the window. */
    static final int PAGE_SIZE = 100;
    /** Rows per later read: each is its own background task, so opening an audit never waits for the whole list. */
    static final int CHUNK = 500;

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;

    private final ObservableList<ContractRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ContractRow> visibleRows = new FilteredList<>(rows);
    private final javafx.collections.transformation.SortedList<ContractRow> sortedRows =
            new javafx.collections.transformation.SortedList<>(visibleRows);
    private final PagedList<ContractRow> pages;
    private final int chunk;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Status> onlyWith = new SimpleObjectProperty<>();
    private final ObservableList<ImportItem> imports = FXCollections.observableArrayList();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty complete = new SimpleBooleanProperty();
    /** Counts refreshes: a read whose number is no longer the latest is dropped. */
    private int reads;
    private final StringProperty summary = new SimpleStringProperty("");
    private volatile CancellationToken cancel = new CancellationToken();
    private Consumer<Long> onImported = id -> { };
    private Consumer<FileOutcome> onAlreadyImported = o -> { };

    public ContractsViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this(workbench, tasks, onError, PAGE_SIZE, CHUNK);
    }

    /** With other page and read sizes (tests: a few contracts cross page and chunk boundaries). */
    ContractsViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError, int pageSize, int chunk) {
        this.pages = new PagedList<>(sortedRows, pageSize);
        this.chunk = chunk;
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
        search.addListener((o, a, b) -> applyFilter());
        onlyWith.addListener((o, a, b) -> applyFilter());
    }

    public ObservableList<ContractRow> allRows() { return rows; }
    public FilteredList<ContractRow> visibleRows() { return visibleRows; }
    public StringProperty searchProperty() { return search; }
    /** Show only contracts with at least one finding of this status (null: all). */
    public ObjectProperty<Status> onlyWithProperty() { return onlyWith; }
    public ObservableList<ImportItem> imports() { return imports; }
    public BooleanProperty importingProperty() { return importing; }
    /** True once the newest page of the list has been read (it starts empty while the window opens). */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    /** True once every contract has been read, so search, filters, sorting and counts cover them all. */
    public javafx.beans.property.ReadOnlyBooleanProperty completeProperty() { return complete; }
    /** The visible rows in the table's order (the view sets its comparator). */
    public javafx.collections.transformation.SortedList<ContractRow> sortedRows() { return sortedRows; }
    /** The page of the sorted rows the table shows. */
    PagedList<ContractRow> pages() { return pages; }
    public StringProperty summaryProperty() { return summary; }

    /** Called with the id of the last contract a batch imported, so the window can open its audit. */
    public void setOnImported(Consumer<Long> onImported) {
        this.onImported = onImported;
    }

    /** Called for a file whose SHA-256 is already stored: the window offers to re-audit that contract instead. */
    public void setOnAlreadyImported(Consumer<FileOutcome> onAlreadyImported) {
        this.onAlreadyImported = onAlreadyImported;
    }

    /** Gives a contract another vendor name (recorded with who did it), then lists again. */
    public void rename(ContractRow row, String vendor, String by, Consumer<String> done) {
        tasks.run(() -> workbench.contracts().catalog().rename(row.id(), vendor, by), c -> {
            refresh();
            done.accept("Renamed " + row.vendor() + " to " + c.vendor() + ".");
        }, onError);
    }

    /** Deletes a contract from lists and the portfolio (kept for the trail), then lists again. */
    public void delete(ContractRow row, String by, Consumer<String> done) {
        tasks.run(() -> {
            workbench.contracts().catalog().delete(row.id(), by);
            return row;
        }, r -> {
            refresh();
            done.accept("Deleted " + r.vendor() + " (" + r.document() + "); its audits and decisions stay in the trail.");
        }, onError);
    }

    /**
     * Reads the list again, newest first, a page and then chunks at a time. The first read of a window shows each
     * part as it arrives; a later one (someone's change, an import) keeps the old rows until the new ones are all in.
     */
    public void refresh() {
        boolean progressive = !complete.get();
        read(++reads, null, pages.pageSize(), progressive, new java.util.ArrayList<>());
    }

    private void read(int load, com.clearance.persistence.ContractRecord after, int size, boolean progressive,
                      List<ContractRow> sofar) {
        tasks.run(() -> workbench.contracts().contractsAfter(after, size), part -> {
            if (load != reads) {
                return; // a newer refresh started; its rows replace these
            }
            List<ContractRow> partRows = part.stream().map(ContractRow::of).toList();
            boolean first = sofar.isEmpty();
            sofar.addAll(partRows);
            boolean more = part.size() == size;
            if (progressive) {
                if (first) rows.setAll(partRows); else rows.addAll(partRows);
                loaded.set(true);
            } else if (!more) {
                rows.setAll(sofar);
            }
            if (more) {
                read(load, part.get(part.size() - 1).contract(), chunk, progressive, sofar);
            } else {
                loaded.set(true);
                complete.set(true);
            }
        }, onError);
    }

    /** Runs {@code then} once every contract is listed (now, if they are). */
    public void whenComplete(Runnable then) {
        if (complete.get()) {
            then.run();
            return;
        }
        complete.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    complete.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Contracts whose newest audit used another library version than {@code libraryVersion} (or none). */
    public long staleCount(String libraryVersion) {
        return rows.stream().filter(r -> !libraryVersion.equals(r.libraryVersion())).count();
    }

    private void applyFilter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Status status = onlyWith.get();
        pages.pageIndexProperty().set(0); // a new search starts at its first page
        visibleRows.setPredicate(r -> (needle.isEmpty() || (r.vendor() + " " + r.document()).toLowerCase(Locale.ROOT)
                .contains(needle)) && (status == null || r.count(status) > 0));
    }

    public void importFiles(List<Path> files) {
        if (files.isEmpty() || importing.get()) {
            return;
        }
        imports.setAll(files.stream().map(f -> new ImportItem(f.getFileName().toString(), f)).toList());
        run(files, List.copyOf(imports), false);
    }

    /**
     * Imports a file that was refused as not an agreement, because the user says it is one: it is stored and listed
     * with that warning, and kept out of the portfolio unless chosen there.
     */
    public void importAnyway(ImportItem item) {
        if (importing.get() || item.file() == null || !item.refused()) {
            return;
        }
        run(List.of(item.file()), List.of(item), true);
    }

    private void run(List<Path> files, List<ImportItem> items, boolean insist) {
        CancellationToken token = new CancellationToken();
        cancel = token;
        importing.set(true);
        summary.set("Importing " + files.size() + (files.size() == 1 ? " file…" : " files…"));
        tasks.run(() -> workbench.contracts().importFiles(files, (i, file, stage, fraction, message) ->
                        tasks.onUiThread(() -> {
                            items.get(i).stageProperty().set(stage);
                            items.get(i).progressProperty().set(fraction);
                            items.get(i).messageProperty().set(message);
                        }), token, insist),
                outcomes -> {
                    importing.set(false);
                    summary.set(describe(outcomes));
                    refresh();
                    if (token.isCancelled()) {
                        return; // the user stopped the batch: stay here, on the list that says what happened
                    }
                    outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.IMPORTED)
                            .reduce((a, b) -> b).ifPresent(o -> onImported.accept(o.contractId()));
                    outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.ALREADY_IMPORTED)
                            .reduce((a, b) -> b).ifPresent(onAlreadyImported);
                },
                e -> {
                    importing.set(false);
                    onError.accept(e);
                });
    }

    /** Stops the batch: the file being read stops at its next page, sentence batch or clause and stores nothing. */
    public void cancelImport() {
        if (importing.get()) {
            cancel.cancel();
            summary.set("Cancelling…");
        }
    }

    static String describe(List<FileOutcome> outcomes) {
        long ok = outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.IMPORTED).count();
        long failed = outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.FAILED).count();
        long cancelled = outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.CANCELLED).count();
        long there = outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.ALREADY_IMPORTED).count();
        StringBuilder sb = new StringBuilder(ok + " imported");
        if (there > 0) {
            sb.append(", ").append(there).append(" already in the portfolio");
        }
        if (failed > 0) {
            sb.append(", ").append(failed).append(" could not be read");
        }
        if (cancelled > 0) {
            sb.append(", ").append(cancelled).append(" cancelled");
        }
        long refused = outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.NOT_AN_AGREEMENT).count();
        if (refused > 0) {
            sb.append(", ").append(refused).append(refused == 1 ? " does" : " do")
                    .append(" not look like an agreement (not added)");
        }
        return sb.toString();
    }
}

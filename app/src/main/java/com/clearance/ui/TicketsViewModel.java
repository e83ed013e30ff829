package com.clearance.ui;

import com.clearance.runbook.ExpectedVsObserved;
import com.clearance.runbook.TicketCategory;
import com.clearance.runbook.TriagedTicket;
import com.clearance.service.CancellationToken;
import com.clearance.service.LaunchService;
import com.clearance.service.Workbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The selected launch's tickets: importing exports (per-file progress, a column-mapping question for unknown
 * layouts), the classified table, corrections, and the expected-versus-observed picture with its surprises.
 */
public final class TicketsViewModel {

    /** The picture and its surprises, read together so they never disagree. */
    private record Picture(List<TriagedTicket> tickets, List<TicketCategory> categories,
                           ExpectedVsObserved.Result result, int week) {
    }

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final LaunchesViewModel launches;
    private final Supplier<String> user;

    private final ObservableList<TicketRow> tickets = FXCollections.observableArrayList();
    private final ObjectProperty<TicketRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObjectProperty<String> correction = new SimpleObjectProperty<>();
    private final ObjectProperty<ExpectedChartModel> chart = new SimpleObjectProperty<>(ExpectedChartModel.empty());
    private final ObservableList<String> surprises = FXCollections.observableArrayList();
    private final ObservableList<ImportItem> imports = FXCollections.observableArrayList();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private TicketImportQueue.MappingAsker asker = (file, headers) -> Optional.empty();
    private CancellationToken cancel = new CancellationToken();

    public TicketsViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError,
                            LaunchesViewModel launches, Supplier<String> user) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
        this.launches = launches;
        this.user = user;
        launches.statusProperty().addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> correction.set(b == null ? null : b.category()));
    }

    public ObservableList<TicketRow> tickets() { return tickets; }
    public ObjectProperty<TicketRow> selectedProperty() { return selected; }
    public ObservableList<String> categories() { return categories; }
    /** The category chosen for the selected ticket. */
    public ObjectProperty<String> correctionProperty() { return correction; }
    public ObjectProperty<ExpectedChartModel> chartProperty() { return chart; }
    public ObservableList<String> surprises() { return surprises; }
    public ObservableList<ImportItem> imports() { return imports; }
    public BooleanProperty importingProperty() { return importing; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty messageProperty() { return message; }

    /** How the view asks which column is which for a layout that is neither Jira nor Zendesk. */
    void setMappingAsker(TicketImportQueue.MappingAsker asker) {
        this.asker = asker;
    }

    private LaunchService service() {
        return workbench.launches();
    }

    /** Reads tickets, categories and the expected-versus-observed result of the selected launch. */
    public void refresh() {
        String name = launches.launchName();
        if (name == null) {
            show(new Picture(List.of(), List.of(), null, 1));
            return;
        }
        LocalDate day = launches.today();
        tasks.run(() -> new Picture(service().tickets(name), service().template(name).categories(),
                service().expectedVsObserved(name, day), service().status(name, day).currentWeek()), this::show, onError);
    }

    private void show(Picture p) {
        String key = selected.get() == null ? null : selected.get().key();
        tickets.setAll(p.tickets().stream().map(TicketRow::of).toList());
        categories.setAll(p.categories().stream().map(TicketCategory::id).toList());
        selected.set(tickets.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null));
        chart.set(p.result() == null ? ExpectedChartModel.empty() : ExpectedChartModel.of(p.result(), p.week()));
        surprises.setAll(p.result() == null ? List.of()
                : p.result().surprises().stream().map(ExpectedVsObserved.Surprise::message).toList());
    }

    public void importFiles(List<Path> files) {
        String name = launches.launchName();
        if (files.isEmpty() || importing.get()) {
            return;
        }
        if (name == null) {
            summary.set("Create or select a launch first: tickets are counted in weeks since its launch date.");
            return;
        }
        CancellationToken token = new CancellationToken();
        cancel = token;
        imports.setAll(files.stream().map(f -> new ImportItem(f.getFileName().toString())).toList());
        importing.set(true);
        summary.set("Importing " + files.size() + (files.size() == 1 ? " file…" : " files…"));
        TicketImportQueue[] queue = new TicketImportQueue[1];
        queue[0] = new TicketImportQueue(this::service, tasks, asker, name, files, List.copyOf(imports), token, () -> {
            importing.set(false);
            summary.set(queue[0].summary());
            refresh();
        });
        queue[0].start();
    }

    /** Stops after the file being read; the files after it are marked cancelled. */
    public void cancelImport() {
        cancel.cancel();
    }

    /** Stores the chosen category for the selected ticket (kept across re-imports) and redraws the picture. */
    public void correct() {
        TicketRow row = selected.get();
        String to = correction.get();
        String name = launches.launchName();
        String by = user.get() == null ? "" : user.get().strip();
        if (row == null || to == null || name == null) {
            message.set("Select a ticket and the category it belongs to.");
            return;
        }
        if (by.isEmpty()) {
            message.set("Say who you are (the name recorded with the correction) first.");
            return;
        }
        if (to.equals(row.category())) {
            message.set(row.key() + " is already " + to + ".");
            return;
        }
        tasks.run(() -> {
            service().correctTicket(name, row.key(), to, by, null);
            return to;
        }, c -> {
            message.set("Corrected " + row.key() + ": " + row.category() + " → " + c + ".");
            refresh();
        }, e -> {
            if (e instanceof com.clearance.service.LaunchException) {
                message.set(e.getMessage());
            } else {
                onError.accept(e);
            }
        });
    }
}

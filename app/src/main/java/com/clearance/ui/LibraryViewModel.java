package com.clearance.ui;

import com.clearance.domain.Status;
import com.clearance.service.ClauseInfo;
import com.clearance.service.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/** The clause library screen: browse clauses, reload the library and list its validation errors plainly. */
public final class LibraryViewModel {

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;

    private final ObservableList<ClauseInfo> clauses = FXCollections.observableArrayList();
    private final ObjectProperty<ClauseInfo> selected = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private Runnable onLibraryChanged = () -> { };

    public LibraryViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
        selected.addListener((o, a, b) -> details.set(b == null ? "" : describe(b)));
    }

    public ObservableList<ClauseInfo> clauses() { return clauses; }
    public ObjectProperty<ClauseInfo> selectedProperty() { return selected; }
    public StringProperty detailsProperty() { return details; }
    public ObservableList<String> errors() { return errors; }
    public StringProperty statusProperty() { return status; }

    /** Called after a reload changed the library version (the window then offers to re-audit). */
    public void setOnLibraryChanged(Runnable onLibraryChanged) {
        this.onLibraryChanged = onLibraryChanged;
    }

    public void refresh() {
        clauses.setAll(workbench.engine().clauses());
        status.set(clauses.size() + " clauses · library version " + workbench.engine().libraryVersion()
                + workbench.engine().libraryFolder().map(p -> " · from " + p).orElse(" · built-in copy"));
    }

    public void reload() {
        String before = workbench.engine().libraryVersion();
        tasks.run(() -> workbench.engine().reload(), (List<String> problems) -> {
            errors.setAll(problems);
            refresh();
            if (!problems.isEmpty()) {
                status.set(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + " found while reloading; fix the files listed below. " + status.get());
            }
            if (!before.equals(workbench.engine().libraryVersion())) {
                onLibraryChanged.run();
            }
        }, onError);
    }

    static String describe(ClauseInfo c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.title()).append("  (").append(c.id()).append(", ").append(c.category())
                .append(", weight ").append(c.weight()).append(")\n\n");
        sb.append("Why it matters\n").append(c.why()).append("\n\n");
        sb.append("The bars (how the engine decides)\n");
        for (Status s : List.of(Status.PROTECTIVE, Status.WEAK, Status.ADVERSE)) {
            if (c.bars().containsKey(s)) {
                sb.append(s.id().toUpperCase(java.util.Locale.ROOT)).append(" when\n");
                for (String bar : c.bars().get(s).split("; ")) {
                    sb.append("  • ").append(bar).append('\n');
                }
            }
        }
        sb.append("\nPreferred language\n").append(c.preferredLanguage()).append("\n\n");
        sb.append("Fallback language\n").append(c.fallbackLanguage()).append('\n');
        return sb.toString();
    }
}

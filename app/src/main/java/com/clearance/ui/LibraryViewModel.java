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
    private final StringProperty problemBanner = new SimpleStringProperty("");
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
    /** The banner over every screen while the library has errors ("" when it loaded whole). */
    public StringProperty problemBannerProperty() { return problemBanner; }

    /** Called after a reload changed the library version (the window then offers to re-audit). */
    public void setOnLibraryChanged(Runnable onLibraryChanged) {
        this.onLibraryChanged = onLibraryChanged;
    }

    public void refresh() {
        clauses.setAll(workbench.engine().clauses());
        List<String> loadErrors = workbench.engine().loadErrors();
        if (errors.isEmpty()) errors.setAll(loadErrors); // on start, before any reload
        problemBanner.set(banner(loadErrors, clauses.size()));
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

    /** What the window says over every screen while the library it audits with has errors. */
    static String banner(List<String> loadErrors, int clauses) {
        if (loadErrors.isEmpty()) return "";
        int n = loadErrors.size();
        String listed = String.join("; ", loadErrors.subList(0, Math.min(3, n))) + (n > 3 ? "; and " + (n - 3) + " more" : "");
        String errors = n + (n == 1 ? " error" : " errors");
        if (clauses == 0) {
            return "The clause library has " + errors + " and no clause loaded, so nothing can be audited: " + listed
                    + ". Fix the files and reload the library.";
        }
        return "The clause library has " + errors + ", so audits use the " + clauses + (clauses == 1 ? " clause" : " clauses")
                + " that loaded and are marked partial: " + listed + ". Fix the files and reload the library.";
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

package com.clearance.ui;

import com.clearance.domain.DecisionKind;
import com.clearance.persistence.DecisionEvent;
import com.clearance.service.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * Recording decisions on the finding selected in the audit view, the trail of the open contract, and undo. Every
 * save is committed before the view hears about it.
 */
public final class DecisionsViewModel {

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final AuditViewModel audit;

    private final ObjectProperty<DecisionKind> choice = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<DecisionEvent> trail = FXCollections.observableArrayList();

    public DecisionsViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError,
                              AuditViewModel audit) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
        this.audit = audit;
        audit.selectedProperty().addListener((o, a, row) -> {
            boolean otherClause = row == null || a == null || !a.clauseId().equals(row.clauseId());
            if (otherClause || !java.util.Objects.equals(a.decision(), row.decision())) {
                fillFrom(row, otherClause);
            }
        });
        audit.contractIdProperty().addListener((o, a, b) -> refreshTrail());
    }

    public ObjectProperty<DecisionKind> choiceProperty() { return choice; }
    public StringProperty noteProperty() { return note; }
    public StringProperty reviewerProperty() { return reviewer; }
    public StringProperty messageProperty() { return message; }
    public ObservableList<DecisionEvent> trail() { return trail; }

    private void fillFrom(FindingRow row, boolean clearMessage) {
        choice.set(row == null || row.decision() == null ? null : row.decision().decision());
        note.set(row == null || row.decision() == null || row.decision().note() == null ? "" : row.decision().note());
        if (clearMessage) {
            message.set(row == null ? "Select a finding in the scorecard to decide on it." : "");
        }
    }

    public void save() {
        FindingRow row = audit.selectedProperty().get();
        Long contract = audit.contractIdProperty().get();
        if (row == null || contract == null) {
            message.set("Select a finding in the scorecard first.");
            return;
        }
        DecisionKind d = choice.get();
        String n = note.get();
        String who = reviewer.get();
        tasks.run(() -> workbench.decisions().record(contract, row.clauseId(), d, n, who), event -> {
            audit.refreshDecisions(() -> message.set("Saved: " + row.title() + " → " + event.decision().id()
                    + " by " + event.reviewer()));
            refreshTrail();
        }, e -> {
            if (e instanceof IllegalArgumentException) {
                message.set(e.getMessage());
            } else {
                onError.accept(e);
            }
        });
    }

    public void undo() {
        String who = reviewer.get();
        tasks.run(() -> workbench.decisions().undoLast(who), undone -> {
            String text = undone.map(e -> "Undid the last decision on " + title(e.clauseId())
                    + (e.decision() == null ? " (now undecided)" : " (back to " + e.decision().id() + ")"))
                    .orElse("Nothing to undo.");
            audit.refreshDecisions(() -> message.set(text));
            refreshTrail();
        }, onError);
    }

    public void refreshTrail() {
        Long contract = audit.contractIdProperty().get();
        if (contract == null) {
            trail.clear();
            return;
        }
        tasks.run(() -> workbench.decisions().history(contract, null), (List<DecisionEvent> events) -> {
            List<DecisionEvent> newestFirst = new java.util.ArrayList<>(events);
            java.util.Collections.reverse(newestFirst);
            trail.setAll(newestFirst);
        }, onError);
    }

    /** The clause's title as the library gives it (the id only for a clause the library no longer has). */
    String title(String clauseId) {
        if (titles == null) {
            titles = new java.util.HashMap<>();
            workbench.engine().clauses().forEach(c -> titles.put(c.id(), c.title()));
        }
        return titles.getOrDefault(clauseId, clauseId);
    }

    private java.util.Map<String, String> titles;

    /** One trail line: when, the clause by its title, what was decided, by whom, and the note. */
    String describe(DecisionEvent e) {
        return describe(e, title(e.clauseId()));
    }

    static String describe(DecisionEvent e, String clauseTitle) {
        String what = e.action() == DecisionEvent.Action.UNDO
                ? "undone, now " + (e.decision() == null ? "undecided" : DecisionForm.label(e.decision()).toLowerCase())
                : DecisionForm.label(e.decision()).toLowerCase();
        String who = e.reviewer() == null || e.reviewer().isBlank() ? "someone who gave no name" : e.reviewer();
        return ContractsView.WHEN.format(e.occurredAt()) + "  " + clauseTitle + ": " + what + " by " + who
                + (e.note() == null || e.note().isBlank() ? "" : " — " + e.note());
    }
}

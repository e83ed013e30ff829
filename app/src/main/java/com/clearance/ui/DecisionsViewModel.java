package com.clearance.ui;

import com.clearance.domain.DecisionKind;
import com.clearance.persistence.DecisionEvent;
import com.clearance.persistence.StaleWriteException;
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
    /** Changes made to each finding of the open contract (its version), counted from the trail. */
    private final java.util.Map<String, Integer> versions = new java.util.HashMap<>();
    /** The version of the finding the form was filled from: a save is made over it. */
    private int baseVersion;
    /** The user changed the choice or the note since the form was filled: others' changes must not overwrite it. */
    private boolean dirty;
    private boolean filling;

    public DecisionsViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError,
                              AuditViewModel audit) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
        this.audit = audit;
        audit.selectedProperty().addListener((o, a, row) -> {
            boolean otherClause = row == null || a == null || !a.clauseId().equals(row.clauseId());
            if (otherClause) {
                dirty = false;
            }
            if (otherClause || (!dirty && !java.util.Objects.equals(a.decision(), row.decision()))) {
                fillFrom(row, otherClause);
            }
        });
        audit.contractIdProperty().addListener((o, a, b) -> {
            versions.clear();
            refreshTrail();
        });
        choice.addListener((o, a, b) -> dirty |= !filling);
        note.addListener((o, a, b) -> dirty |= !filling);
    }

    public ObjectProperty<DecisionKind> choiceProperty() { return choice; }
    public StringProperty noteProperty() { return note; }
    public StringProperty reviewerProperty() { return reviewer; }
    public StringProperty messageProperty() { return message; }
    public ObservableList<DecisionEvent> trail() { return trail; }

    /** True while the form holds a choice or note the user has not saved. */
    public boolean hasUnsavedEdits() {
        return dirty;
    }

    private void fillFrom(FindingRow row, boolean clearMessage) {
        filling = true;
        try {
            choice.set(row == null || row.decision() == null ? null : row.decision().decision());
            note.set(row == null || row.decision() == null || row.decision().note() == null ? "" : row.decision().note());
        } finally {
            filling = false;
        }
        dirty = false;
        baseVersion = row == null ? 0 : row.decision() != null ? row.decision().version()
                : versions.getOrDefault(row.clauseId(), 0);
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
        int over = baseVersion;
        tasks.run(() -> workbench.decisions().record(contract, row.clauseId(), d, n, who, over), event -> {
            dirty = false;
            baseVersion = event.version();
            audit.refreshDecisions(() -> message.set("Saved: " + row.title() + " → " + event.decision().id()
                    + " by " + event.reviewer()));
            refreshTrail();
        }, e -> {
            if (e instanceof IllegalArgumentException || e instanceof StaleWriteException) {
                message.set(e.getMessage()); // the user's choice and note stay in the form
                if (e instanceof StaleWriteException) {
                    audit.refreshDecisions(() -> { });
                    refreshTrail();
                }
            } else {
                onError.accept(e);
            }
        });
    }

    /** Drops the unsaved choice and note and shows the finding as it is now stored (after a refused save). */
    public void reload() {
        dirty = false;
        audit.refreshDecisions(() -> {
            fillFrom(audit.selectedProperty().get(), false);
            message.set("Reloaded: this is the finding as it is stored now.");
        });
        refreshTrail();
    }

    /** Someone else changed a decision on the open contract: show it, without touching what the user is typing. */
    public void othersChanged() {
        audit.refreshDecisions(() -> { });
        refreshTrail();
    }

    /** Undoes this window's own last decision, while it is still the finding's current state. */
    public void undo() {
        String who = reviewer.get();
        tasks.run(() -> workbench.decisions().undoLast(who), undone -> {
            String text = undone.map(e -> "Undid your last decision on " + title(e.clauseId())
                    + (e.decision() == null ? " (now undecided)" : " (back to " + e.decision().id() + ")"))
                    .orElse("Nothing of yours to undo.");
            audit.refreshDecisions(() -> message.set(text));
            refreshTrail();
        }, e -> {
            if (e instanceof StaleWriteException) {
                message.set(e.getMessage());
            } else {
                onError.accept(e);
            }
        });
    }

    public void refreshTrail() {
        Long contract = audit.contractIdProperty().get();
        if (contract == null) {
            trail.clear();
            return;
        }
        tasks.run(() -> workbench.decisions().history(contract, null), (List<DecisionEvent> events) -> {
            if (!contract.equals(audit.contractIdProperty().get())) {
                return; // another contract was opened meanwhile
            }
            versions.clear();
            events.forEach(e -> versions.merge(e.clauseId(), 1, Integer::sum));
            FindingRow open = audit.selectedProperty().get();
            if (!dirty && open != null) {
                baseVersion = versions.getOrDefault(open.clauseId(), 0);
            }
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

package com.clearance.ui;

import com.clearance.runbook.HistoryEntry;
import com.clearance.runbook.ItemState;
import com.clearance.runbook.ItemStatus;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Working the selected runbook item: check it off with evidence (note, link, an attached file kept in the database),
 * waive it with a reason and expiry, reopen it, and undo the last check or waiver. Undo is a reopen, so it is offered
 * only when the item was open before: reopening clears both completion and waiver, which must not lose older state.
 */
public final class ItemActionsViewModel {

    private record LastAction(String launch, String itemId, String title, String what, Integer version) {
    }

    /** A title short enough for a button. */
    private static String shortTitle(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39).strip() + "\u2026";
    }

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final LaunchesViewModel launches;

    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final ObjectProperty<Path> attachment = new SimpleObjectProperty<>();
    private final StringProperty waiverReason = new SimpleStringProperty("");
    private final DateEntry waiverUntil = new DateEntry();
    private final StringProperty reopenReason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final StringProperty undoLabel = new SimpleStringProperty("Undo");
    private LastAction last;
    private String lastItemId;
    /** The version of the selected item the forms were opened on: a change is made over it. */
    private Integer baseVersion;

    public ItemActionsViewModel(Workbench workbench, BackgroundTasks tasks, LaunchesViewModel launches) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.launches = launches;
        // tables drop and restore the selection on every refresh: only a different item clears the inputs
        launches.selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.item().id().equals(lastItemId)) {
                lastItemId = b.item().id();
                baseVersion = null; // not known until its history is read: a change made before that is not checked
                clearInputs();
                message.set("");
            }
            loadHistory();
        });
    }

    public StringProperty userProperty() { return user; }
    public StringProperty noteProperty() { return note; }
    public StringProperty linkProperty() { return link; }
    public ObjectProperty<Path> attachmentProperty() { return attachment; }
    public StringProperty waiverReasonProperty() { return waiverReason; }
    /** The waiver's expiry as typed (ISO or the locale's form). */
    public DateEntry waiverUntil() { return waiverUntil; }
    public StringProperty reopenReasonProperty() { return reopenReason; }
    public StringProperty messageProperty() { return message; }
    public ObservableList<HistoryEntry> history() { return history; }
    public BooleanProperty canUndoProperty() { return canUndo; }
    public StringProperty undoLabelProperty() { return undoLabel; }

    /** Fills the waiver form in one call (tests and the screenshot tour). */
    void waiveReason(String reason, LocalDate until) {
        waiverReason.set(reason);
        waiverUntil.set(until);
    }

    private LaunchService service() {
        return workbench.launches();
    }

    public void check() {
        ItemStatus item = target();
        if (item == null) {
            return;
        }
        String launch = launches.launchName();
        String by = user.get().strip();
        String n = blankToNull(note.get());
        String l = blankToNull(link.get());
        Path file = attachment.get();
        boolean wasOpen = wasOpen(item);
        Integer over = baseVersion;
        run(() -> service().check(launch, item.item().id(), by, n, l, file, over), () -> {
            remember(wasOpen, launch, item, "check", over == null ? null : over + (file == null ? 1 : 2));
            message.set("Checked off \u201C" + item.item().title() + "\u201D by " + by
                    + (file == null ? "" : ", with " + file.getFileName() + " attached") + ".");
            clearInputs();
        });
    }

    public void waive() {
        ItemStatus item = target();
        if (item == null) {
            return;
        }
        String launch = launches.launchName();
        String by = user.get().strip();
        String reason = waiverReason.get().strip();
        LocalDate until;
        try {
            until = waiverUntil.read("Waiver expiry");
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        boolean wasOpen = wasOpen(item);
        Integer over = baseVersion;
        run(() -> service().waive(launch, item.item().id(), reason, until, by, over), () -> {
            remember(wasOpen, launch, item, "waiver", over == null ? null : over + 1);
            message.set("Waived \u201C" + item.item().title() + "\u201D until " + until + ".");
            clearInputs();
        });
    }

    public void reopen() {
        ItemStatus item = target();
        if (item == null) {
            return;
        }
        String launch = launches.launchName();
        String reason = blankToNull(reopenReason.get());
        Integer over = baseVersion;
        run(() -> service().reopen(launch, item.item().id(), user.get().strip(), reason, over), () -> {
            forget();
            message.set("Reopened \u201C" + item.item().title() + "\u201D.");
            clearInputs();
        });
    }

    /** Takes back the last check or waiver made here, by reopening the item (it was open before). */
    public void undo() {
        LastAction action = last;
        if (action == null) {
            message.set("Nothing to undo.");
            return;
        }
        String by = user.get().strip();
        // only while the item is as this window left it: someone else's later change is not undone with it
        run(() -> service().reopen(action.launch(), action.itemId(), by.isEmpty() ? "workbench" : by,
                "undo of the " + action.what(), action.version()), () -> {
            forget();
            message.set("Undid the " + action.what() + " of \u201C" + action.title() + "\u201D; it is open again.");
        });
    }

    /**
     * Saves the file attached as evidence to the selected item: loads it, asks {@code chooseTarget} (given the stored
     * file name; null = cancelled) where to put it, and writes it there whole or not at all.
     */
    public void saveAttachment(java.util.function.Function<String, Path> chooseTarget) {
        ItemStatus item = launches.selectedItemProperty().get();
        String ref = item == null || item.recorded() == null || item.recorded().completion() == null ? null
                : item.recorded().completion().attachmentRef();
        if (ref == null || !ref.startsWith("attachment:")) {
            message.set("This item has no attached file.");
            return;
        }
        long id = Long.parseLong(ref.substring("attachment:".length()));
        tasks.run(() -> service().attachment(id).orElseThrow(() ->
                new com.clearance.service.LaunchException("The attached file is no longer in the database.")), a -> {
            Path target = chooseTarget.apply(a.fileName());
            if (target == null) {
                return;
            }
            run(() -> com.clearance.report.AtomicFileWriter.write(target, out -> out.write(a.content())),
                    () -> message.set("Saved " + a.fileName() + " to " + target + "."));
        }, this::problem);
    }

    private ItemStatus target() {
        ItemStatus item = launches.selectedItemProperty().get();
        if (item == null || launches.launchName() == null) {
            message.set("Select an item of the runbook first.");
            return null;
        }
        if (user.get().isBlank()) {
            message.set("Say who you are (the name recorded with the change) first.");
            return null;
        }
        return item;
    }

    private static boolean wasOpen(ItemStatus item) {
        ItemState r = item.recorded();
        return r == null || (r.completion() == null && r.waiver() == null);
    }

    private void remember(boolean wasOpen, String launch, ItemStatus item, String what, Integer version) {
        if (wasOpen) {
            last = new LastAction(launch, item.item().id(), item.item().title(), what, version);
            canUndo.set(true);
            undoLabel.set("Undo " + what + " of \u201C" + shortTitle(item.item().title()) + "\u201D");
        } else {
            forget(); // reopening would also clear the earlier check or waiver
        }
    }

    private void forget() {
        last = null;
        canUndo.set(false);
        undoLabel.set("Undo");
    }

    private interface Change {
        void run() throws Exception;
    }

    private void run(Change change, Runnable done) {
        tasks.run(() -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> {
            done.run();
            launches.refresh();
            loadHistory();
        }, this::problem);
    }

    /** The user's problem (a plain sentence) stays beside the forms; anything else goes to the error dialog. */
    private void problem(Throwable e) {
        if (e instanceof com.clearance.service.LaunchException) {
            message.set(e.getMessage());
        } else {
            launches.problem(e);
        }
    }

    /** The selected item's trail, newest first. */
    public void loadHistory() {
        ItemStatus item = launches.selectedItemProperty().get();
        String launch = launches.launchName();
        if (item == null || launch == null) {
            history.clear();
            return;
        }
        tasks.run(() -> service().history(launch, item.item().id()), entries -> {
            ItemStatus now = launches.selectedItemProperty().get();
            if (now == null || !now.item().id().equals(item.item().id())) {
                return;
            }
            if (!typing()) {
                baseVersion = entries.size(); // the forms are empty: they follow the item as it is stored now
            }
            List<HistoryEntry> newestFirst = new ArrayList<>(entries);
            Collections.reverse(newestFirst);
            history.setAll(newestFirst);
        }, launches::problem);
    }

    private boolean typing() {
        return !note.get().isBlank() || !link.get().isBlank() || attachment.get() != null
                || !waiverReason.get().isBlank() || !waiverUntil.textProperty().get().isBlank() || !reopenReason.get().isBlank();
    }

    private void clearInputs() {
        note.set("");
        link.set("");
        attachment.set(null);
        waiverReason.set("");
        waiverUntil.set(null);
        reopenReason.set("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

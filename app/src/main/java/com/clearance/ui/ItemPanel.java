package com.clearance.ui;

import com.clearance.runbook.Completion;
import com.clearance.runbook.HistoryEntry;
import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.Waiver;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** The selected item: what done looks like, its standing and risks, and the check / waive / reopen / undo forms. */
final class ItemPanel {

    private final LaunchesViewModel vm;
    private final ItemActionsViewModel actions;

    ItemPanel(LaunchesViewModel vm, ItemActionsViewModel actions) {
        this.vm = vm;
        this.actions = actions;
    }

    Node build(Window owner) {
        Label title = LaunchesView.wrapped("");
        title.setId("itemTitle");
        title.getStyleClass().add("section-title");
        Label facts = LaunchesView.wrapped("");
        facts.setId("itemFacts");
        Label risks = LaunchesView.wrapped("");
        risks.setId("itemRisks");
        risks.getStyleClass().add("at-risk");
        title.textProperty().bind(Bindings.createStringBinding(() -> describeTitle(vm.selectedItemProperty().get()),
                vm.selectedItemProperty()));
        facts.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.selectedItemProperty().get(),
                vm.statusProperty().get() == null ? null : vm.statusProperty().get().launch()), vm.selectedItemProperty()));
        risks.textProperty().bind(Bindings.createStringBinding(() -> risks(vm.selectedItemProperty().get()),
                vm.selectedItemProperty()));
        vm.selectedItemProperty().addListener((o, a, item) -> {
            risks.getStyleClass().removeAll("at-risk", "risk-note");
            risks.getStyleClass().add(item != null && !item.atRisk() ? "risk-note" : "at-risk");
        });

        Label message = LaunchesView.wrapped("");
        message.setId("itemMessage");
        message.getStyleClass().add("section-title");
        message.textProperty().bind(actions.messageProperty());
        Button undo = new Button();
        undo.setId("undoItemButton");
        undo.textProperty().bind(actions.undoLabelProperty());
        undo.disableProperty().bind(actions.canUndoProperty().not());
        undo.setOnAction(e -> actions.undo());

        ListView<HistoryEntry> history = new ListView<>(actions.history());
        history.setId("itemHistory");
        history.setPrefHeight(110);
        history.setPlaceholder(new Label("No changes recorded yet."));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : ContractsView.WHEN.format(h.at()) + "  " + h.action() + " by "
                        + h.actor() + (h.detail() == null || h.detail().isBlank() ? "" : " — " + h.detail()));
            }
        });

        VBox box = new VBox(8, title, facts, risks, checkForm(owner), waiveForm(), reopenForm(),
                new HBox(8, undo), message, new Label("History"), history);
        box.setPadding(new Insets(8));
        box.disableProperty().bind(vm.selectedItemProperty().isNull());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node checkForm(Window owner) {
        TextField note = field("itemNote", "What was done (note)");
        note.textProperty().bindBidirectional(actions.noteProperty());
        TextField link = field("itemLink", "Link to the evidence (PR, dashboard, doc)");
        link.textProperty().bindBidirectional(actions.linkProperty());
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> actions.attachmentProperty().get() == null
                ? "no file" : actions.attachmentProperty().get().getFileName().toString(), actions.attachmentProperty()));
        Button attach = new Button("Attach file…");
        attach.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(owner);
            if (f != null) {
                actions.attachmentProperty().set(f.toPath());
            }
        });
        Button save = new Button("Save attached file…");
        save.setId("saveAttachmentButton");
        save.visibleProperty().bind(Bindings.createBooleanBinding(() -> hasAttachment(vm.selectedItemProperty().get()),
                vm.selectedItemProperty()));
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> actions.saveAttachment(name -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(name);
            File f = chooser.showSaveDialog(owner);
            return f == null ? null : f.toPath();
        }));
        Button check = new Button("Check off");
        check.setId("checkItemButton");
        check.setOnAction(e -> actions.check());
        return form("Check off with evidence", note, link, new HBox(8, attach, file), new HBox(8, check, save));
    }

    private Node waiveForm() {
        TextField reason = field("waiverReason", "Why it is not done");
        reason.textProperty().bindBidirectional(actions.waiverReasonProperty());
        DatePicker until = DateField.of(actions.waiverUntil(), "waiverUntil", "Waiver expires on, e.g. "
                + com.clearance.service.DateText.examples(actions.waiverUntil().locale()));
        until.setPrefWidth(320);
        Button waive = new Button("Waive");
        waive.setId("waiveItemButton");
        waive.setOnAction(e -> actions.waive());
        return form("Waive with a reason and an expiry", reason, until, waive);
    }

    private Node reopenForm() {
        TextField reason = field("reopenReason", "Why it is open again (optional)");
        reason.textProperty().bindBidirectional(actions.reopenReasonProperty());
        Button reopen = new Button("Reopen");
        reopen.setId("reopenItemButton");
        reopen.setOnAction(e -> actions.reopen());
        return form("Reopen", reason, reopen);
    }

    private static Node form(String title, Node... rows) {
        Label head = new Label(title);
        head.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setVgap(4);
        for (int i = 0; i < rows.length; i++) {
            grid.add(rows[i], 0, i);
        }
        return new VBox(4, head, grid);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(32);
        return f;
    }

    static String describeTitle(ItemStatus i) {
        return i == null ? "Select an item to work on it." : i.item().title();
    }

    static String describe(ItemStatus i, com.clearance.runbook.Launch launch) {
        if (i == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Done when: ").append(i.item().done()).append('\n');
        sb.append("Evidence: ").append(i.item().evidenceRequired()).append('\n');
        sb.append("Owner: ").append(launch == null ? i.item().ownerRole() : ReadinessText.owners(launch,
                i.item().ownerRole()) + " (" + i.item().ownerRole() + ")").append(" · due ").append(i.due()).append(" · ")
                .append(ReadinessText.itemState(i));
        Completion c = i.recorded() == null ? null : i.recorded().completion();
        if (c != null) {
            sb.append("\nChecked by ").append(c.by()).append(" on ").append(ContractsView.WHEN.format(c.at()));
            if (c.note() != null) sb.append(" — ").append(c.note());
            if (c.link() != null) sb.append("\nLink: ").append(c.link());
            if (c.attachmentRef() != null) sb.append("\nAn attached file is kept in the database (Save attached file…)");
        }
        Waiver w = i.recorded() == null ? null : i.recorded().waiver();
        if (w != null) {
            sb.append("\nWaived by ").append(w.by()).append(" until ").append(w.until()).append(": ").append(w.reason());
        }
        return sb.toString();
    }

    static boolean hasAttachment(ItemStatus i) {
        return i != null && i.recorded() != null && i.recorded().completion() != null
                && i.recorded().completion().attachmentRef() != null;
    }

    static String risks(ItemStatus i) {
        if (i == null) {
            return "";
        }
        if (i.atRisk()) {
            return "⚠ At risk because of linked contracts:\n• " + String.join("\n• ", i.risks());
        }
        return i.notes().isEmpty() ? "" : "Note: the item is done, and a linked contract still bears on it:\n• "
                + String.join("\n• ", i.notes());
    }
}

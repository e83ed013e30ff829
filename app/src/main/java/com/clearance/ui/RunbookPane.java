package com.clearance.ui;

import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.PhaseStatus;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.function.Function;

/** The runbook of the selected launch: phases (weeks, completion, status) above, their items and the item panel below. */
final class RunbookPane {

    private final LaunchesViewModel vm;
    private final ItemActionsViewModel actions;
    final TableView<PhaseStatus> phases = new TableView<>();
    final TableView<ItemStatus> items = new TableView<>();

    RunbookPane(LaunchesViewModel vm, ItemActionsViewModel actions) {
        this.vm = vm;
        this.actions = actions;
    }

    Node build(Window owner) {
        phases.setId("phasesTable");
        phases.setItems(vm.phases());
        phases.getColumns().add(column("Phase", p -> p.phase().name(), 300));
        phases.getColumns().add(column("Weeks", ReadinessText::weeks, 80));
        phases.getColumns().add(column("Done", LaunchesView::completion, 120));
        phases.getColumns().add(column("Status", ReadinessText::phaseState, 150));
        phases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        phases.setPlaceholder(new Label("Select a launch to see its runbook."));
        phases.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedPhaseProperty().set(b);
            }
        });
        vm.selectedPhaseProperty().addListener((o, a, b) -> {
            if (b != null && phases.getSelectionModel().getSelectedItem() != b) {
                phases.getSelectionModel().select(b);
            }
        });
        Button all = new Button("Show every item");
        all.setId("allItemsButton");
        all.setOnAction(e -> {
            phases.getSelectionModel().clearSelection();
            vm.selectedPhaseProperty().set(null);
        });
        Label itemsTitle = new Label();
        itemsTitle.getStyleClass().add("section-title");
        itemsTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.selectedPhaseProperty().get() == null ? "Items of every phase"
                        : "Items of " + vm.selectedPhaseProperty().get().phase().name(), vm.selectedPhaseProperty()));
        HBox itemsHead = new HBox(10, itemsTitle, all);
        itemsHead.getStyleClass().add("toolbar-row");
        itemsHead.setPadding(new Insets(4, 0, 4, 0));

        buildItems();
        BorderPane itemBox = new BorderPane(items);
        itemBox.setTop(itemsHead);
        SplitPane lower = new SplitPane(itemBox, new ItemPanel(vm, actions).build(owner));
        lower.setDividerPositions(0.6);
        SplitPane split = LaunchesView.vertical(phases, lower, 0.36);
        BorderPane root = new BorderPane(split);
        root.setPadding(new Insets(6));
        return root;
    }

    private void buildItems() {
        items.setId("itemsTable");
        items.setItems(vm.items());
        items.getColumns().add(AuditView.wrapping(itemColumn("Item", i -> i.item().title(), 250)));
        items.getColumns().add(AuditView.wrapping(itemColumn("Owner", this::owners, 110)));
        TableColumn<ItemStatus, String> due = itemColumn("Due", i -> i.due().toString(), 92);
        due.setMinWidth(92); // a date is never cut to "2026-09-…"
        items.getColumns().add(due);
        TableColumn<ItemStatus, String> state = AuditView.wrapping(itemColumn("State", ReadinessText::itemState, 80));
        state.setMinWidth(64);
        items.getColumns().add(state);
        TableColumn<ItemStatus, ItemStatus> risk = new TableColumn<>("Risk");
        risk.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        risk.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ItemStatus i, boolean empty) {
                super.updateItem(i, empty);
                boolean risk = !empty && i != null && i.atRisk();
                boolean note = !empty && i != null && !i.atRisk() && !i.notes().isEmpty();
                // open items at risk are red; a done item whose contract finding is weak gets a quiet note
                setText(risk ? "⚠ at risk" : note ? "note" : null);
                setTooltip(risk ? new Tooltip(String.join("\n", i.risks()))
                        : note ? new Tooltip(String.join("\n", i.notes())) : null);
                getStyleClass().removeAll("at-risk", "risk-note");
                if (risk) {
                    getStyleClass().add("at-risk");
                } else if (note) {
                    getStyleClass().add("risk-note");
                }
            }
        });
        risk.setPrefWidth(80);
        risk.setMinWidth(74);
        items.getColumns().add(risk);
        items.setPlaceholder(new Label("No items to show."));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // overdue and done rows are tinted, and the State column says the same in words
        items.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ItemStatus i, boolean empty) {
                super.updateItem(i, empty);
                getStyleClass().removeAll("item-overdue", "item-done");
                if (!empty && i != null && i.state() == ItemStatus.State.OVERDUE) {
                    getStyleClass().add("item-overdue");
                } else if (!empty && i != null && i.counts()) {
                    getStyleClass().add("item-done");
                }
            }
        });
        items.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedItemProperty().set(b);
            }
        });
        vm.selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && items.getSelectionModel().getSelectedItem() != b) {
                items.getSelectionModel().select(b);
            }
        });
    }

    /** The people the launch assigned to the item's role, not the role. */
    private String owners(ItemStatus i) {
        return vm.statusProperty().get() == null ? i.item().ownerRole()
                : ReadinessText.owners(vm.statusProperty().get().launch(), i.item().ownerRole());
    }

    private static <S> TableColumn<S, String> column(String name, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<ItemStatus, String> itemColumn(String name, Function<ItemStatus, String> value, double w) {
        return column(name, value, w);
    }
}

package com.clearance.ui;

import com.clearance.domain.Status;
import com.clearance.persistence.DecisionEvent;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Every finding of the open contract with its decision, the form to decide, and the trail of every change. */
final class DecisionsView {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
            .withZone(java.time.ZoneId.systemDefault());

    private final AuditViewModel audit;
    private final DecisionsViewModel vm;

    DecisionsView(AuditViewModel audit, DecisionsViewModel vm) {
        this.audit = audit;
        this.vm = vm;
    }

    Node build() {
        TableView<FindingRow> table = new TableView<>(audit.allRows());
        table.setId("decisionsTable");
        TableColumn<FindingRow, Status> status = new TableColumn<>("Status");
        status.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().status()));
        status.setCellFactory(c -> Badges.cell());
        status.setPrefWidth(110);
        table.getColumns().add(status);
        status.setMinWidth(104);
        status.setMaxWidth(110);
        table.getColumns().add(AuditView.wrapping(AuditView.col("Clause", FindingRow::title, 190)));
        table.getColumns().add(AuditView.col("Decision", FindingRow::decisionText, 86));
        table.getColumns().add(AuditView.wrapping(AuditView.col("Note", r -> r.decision() == null
                || r.decision().note() == null ? "" : r.decision().note(), 200)));
        table.getColumns().add(AuditView.wrapping(AuditView.col("Reviewer", r -> r.decision() == null ? ""
                : r.decision().reviewer(), 100)));
        table.getColumns().add(AuditView.col("When", r -> r.decision() == null ? ""
                : DAY.format(r.decision().decidedAt()), 96)); // the time of day is in the trail
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("Open a contract to record decisions on its findings."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                audit.selectedProperty().set(b);
            }
        });
        audit.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });

        Label selected = new Label();
        selected.getStyleClass().add("heading");
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> audit.selectedProperty().get()
                == null ? "No finding selected" : audit.selectedProperty().get().title() + " — "
                + audit.selectedProperty().get().status().id(), audit.selectedProperty()));
        ListView<DecisionEvent> trail = new ListView<>(vm.trail());
        trail.setId("trailList");
        trail.setPlaceholder(new Label("No decisions recorded for this contract yet."));
        trail.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(DecisionEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : vm.describe(e));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(trail, Priority.ALWAYS);
        Label contract = new Label();
        contract.setId("decisionsContract");
        contract.getStyleClass().add("heading");
        contract.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                audit.contractIdProperty().get() == null ? "No contract open: open one from the Contracts screen"
                        : "Decisions on " + audit.headingProperty().get(), audit.headingProperty(),
                audit.contractIdProperty()));
        contract.setWrapText(true);
        selected.getStyleClass().setAll("label", "section-title");
        VBox right = new VBox(8, selected, DecisionForm.build(vm, "decisions-"),
                AuditView.title("Audit trail (newest first; every change is kept)"), trail);
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(table, right);
        split.setDividerPositions(0.6);
        BorderPane root = new BorderPane(split);
        contract.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(contract);
        return root;
    }
}

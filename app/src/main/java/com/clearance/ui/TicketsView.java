package com.clearance.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;

/** The selected launch's tickets: import (button or a drop on the launches screen), progress, table, corrections. */
final class TicketsView {

    private final TicketsViewModel vm;
    final TableView<TicketRow> table = new TableView<>();

    TicketsView(TicketsViewModel vm) {
        this.vm = vm;
    }

    Node build(Window owner, Runnable chooseFiles) {
        vm.setMappingAsker((file, headers) -> new ColumnMappingDialog(owner).ask(file, headers));
        Button importButton = new Button("Import tickets (CSV)…");
        importButton.setId("importTicketsButton");
        importButton.setOnAction(e -> chooseFiles.run());
        Label summary = new Label();
        summary.setId("ticketImportSummary");
        summary.textProperty().bind(vm.summaryProperty());
        Button cancel = new Button("Cancel import");
        cancel.disableProperty().bind(vm.importingProperty().not());
        cancel.setOnAction(e -> vm.cancelImport());
        HBox toolbar = new HBox(8, importButton, cancel, summary);
        toolbar.getStyleClass().add("toolbar-row");

        ListView<ImportItem> imports = new ListView<>(vm.imports());
        imports.setId("ticketImportList");
        imports.setPrefHeight(70);
        imports.setPlaceholder(new Label("Drop Jira or Zendesk CSV exports here; other layouts ask which column is which."));
        imports.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ImportItem item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                getStyleClass().removeAll("import-failed");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> item.fileName() + " — "
                        + item.stageProperty().get().name().toLowerCase() + ": " + item.messageProperty().get(),
                        item.stageProperty(), item.messageProperty()));
                if (item.failed()) {
                    getStyleClass().add("import-failed");
                }
            }
        });

        buildTable();
        VBox top = new VBox(6, toolbar, imports);
        top.setPadding(new Insets(6));
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(correctionRow());
        return root;
    }

    private void buildTable() {
        table.setId("ticketsTable");
        table.setItems(vm.tickets());
        table.getColumns().add(column("Ticket", TicketRow::key, 90));
        table.getColumns().add(column("Summary", TicketRow::summary, 330));
        table.getColumns().add(column("Category", r -> r.category() + (r.corrected() ? " (corrected)" : ""), 160));
        table.getColumns().add(column("Week", TicketRow::weekText, 55));
        table.getColumns().add(column("Decided by", TicketRow::decidedBy, 330));
        table.setPlaceholder(new Label("No tickets for this launch yet."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
            }
        });
    }

    private Node correctionRow() {
        ComboBox<String> category = new ComboBox<>(vm.categories());
        category.setId("correctionCategory");
        category.valueProperty().bindBidirectional(vm.correctionProperty());
        Button correct = new Button("Correct category");
        correct.setId("correctTicketButton");
        correct.disableProperty().bind(vm.selectedProperty().isNull());
        correct.setOnAction(e -> vm.correct());
        Label message = new Label();
        message.setId("ticketMessage");
        message.textProperty().bind(vm.messageProperty());
        HBox row = new HBox(8, new Label("Selected ticket belongs to:"), category, correct, message);
        row.getStyleClass().add("toolbar-row");
        row.setPadding(new Insets(6));
        return row;
    }

    private static TableColumn<TicketRow, String> column(String name, Function<TicketRow, String> value, double width) {
        TableColumn<TicketRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}

package com.clearance.ui;

import com.clearance.service.ClauseInfo;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Browse the clause library; reload it and see validation problems listed plainly. */
final class LibraryView {

    private final LibraryViewModel vm;

    LibraryView(LibraryViewModel vm) {
        this.vm = vm;
    }

    Node build(Runnable openFolder) {
        ListView<ClauseInfo> list = new ListView<>(vm.clauses());
        list.setId("clauseList");
        list.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(ClauseInfo c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title() + "  ·  " + c.category());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        TextArea details = new TextArea();
        details.setId("clauseDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.textProperty().bind(vm.detailsProperty());
        Button reload = new Button("Reload library");
        reload.setId("reloadLibrary");
        reload.setOnAction(e -> vm.reload());
        Button folder = new Button("Open library folder");
        folder.setOnAction(e -> openFolder.run());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox toolbar = new HBox(8, reload, folder, status);
        toolbar.setPadding(new Insets(8));
        ListView<String> errors = new ListView<>(vm.errors());
        errors.setId("libraryErrors");
        errors.setPrefHeight(110);
        errors.setPlaceholder(new Label("No validation problems."));
        VBox right = new VBox(6, details, AuditView.title("Validation problems"), errors);
        VBox.setVgrow(details, Priority.ALWAYS);
        right.setPadding(new Insets(0, 8, 8, 8));
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.3);
        BorderPane root = new BorderPane(split);
        root.setTop(toolbar);
        return root;
    }
}

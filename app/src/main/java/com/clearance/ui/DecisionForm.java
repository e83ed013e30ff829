package com.clearance.ui;

import com.clearance.domain.DecisionKind;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Accept / negotiate / waive with a note and the reviewer's name, for the selected finding. */
final class DecisionForm {

    private DecisionForm() {
    }

    static VBox build(DecisionsViewModel vm, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(6);
        for (DecisionKind d : DecisionKind.values()) {
            ToggleButton b = new ToggleButton(label(d));
            b.setId(idPrefix + "decision-" + d.id());
            b.setUserData(d);
            b.setToggleGroup(group);
            b.getStyleClass().add("decision-" + d.id());
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Negotiate", never "Nego…"

            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> vm.choiceProperty().set(t == null ? null : (DecisionKind) t.getUserData()));
        vm.choiceProperty().addListener((o, a, d) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == d)));
        TextField reviewer = new TextField();
        reviewer.setId(idPrefix + "reviewerField");
        reviewer.setPromptText("Your name");
        reviewer.setPrefColumnCount(10);
        reviewer.setMinWidth(90);
        reviewer.textProperty().bindBidirectional(vm.reviewerProperty());
        TextArea note = new TextArea();
        note.setId(idPrefix + "noteField");
        note.setPromptText("Note: why, and what to ask the vendor for");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        Button save = new Button("Save decision");
        save.setId(idPrefix + "saveDecision");
        save.setOnAction(e -> vm.save());
        Button undo = new Button("Undo my last (Ctrl+Z)");
        undo.setOnAction(e -> vm.undo());
        Button reload = new Button("Reload");
        reload.setId(idPrefix + "reloadDecision");
        reload.setTooltip(new javafx.scene.control.Tooltip("Drop your unsaved choice and note and show the finding as"
                + " it is stored now"));
        reload.setOnAction(e -> vm.reload());
        reload.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId(idPrefix + "decisionMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label title = new Label("Decision:");
        title.getStyleClass().add("section-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choices.getChildren().add(0, title);
        Label reviewerLabel = new Label("  Reviewer:");
        reviewerLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choices.getChildren().addAll(reviewerLabel, reviewer);
        HBox.setHgrow(reviewer, javafx.scene.layout.Priority.ALWAYS);
        choices.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        undo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setMaxWidth(Double.MAX_VALUE);
        undo.setMaxWidth(Double.MAX_VALUE);
        reload.setMaxWidth(Double.MAX_VALUE);
        // the buttons sit beside the note, so the form fits a 1280x800 window without scrolling
        VBox actions = new VBox(6, save, undo, reload);
        HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        HBox noteRow = new HBox(6, note, actions);
        VBox box = new VBox(6, title, choices, noteRow, message);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    static String label(DecisionKind d) {
        return switch (d) {
            case ACCEPT -> "Accept";
            case NEGOTIATE -> "Negotiate";
            case WAIVE -> "Waive";
        };
    }
}

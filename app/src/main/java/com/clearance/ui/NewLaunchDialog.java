package com.clearance.ui;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Creates a launch: name, feature, launch date, the team with roles, and which audited contracts it relies on. The
 * dialog stays open and says what is wrong until the launch is created.
 */
final class NewLaunchDialog {

    static final String ROLES = "Roles the runbook assigns: launch-manager, eng-lead, platform, on-call, ai-eng, "
            + "prompt-owner, pm, finance, security, legal, privacy-reviewer, support-lead.";

    static final String TEAM_EXAMPLE = "For example:\nAna Ruiz: launch-manager\nBen Okafor: platform";

    private final LaunchesViewModel vm;

    NewLaunchDialog(LaunchesViewModel vm) {
        this.vm = vm;
    }

    /** Shows the dialog (not waiting for it) and returns it. */
    Dialog<ButtonType> show(Window owner) {
        NewLaunchForm form = vm.form();
        vm.messageProperty().set("");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New launch");
        dialog.setHeaderText("A launch works the first-100-tickets runbook from its launch date.");
        ButtonType create = new ButtonType("Create launch", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);

        TextField name = new TextField();
        name.setId("launchName");
        name.setPromptText("A short unique name, e.g. inbox-assistant");
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField feature = new TextField();
        feature.setId("launchFeature");
        feature.setPromptText("The AI feature being launched");
        feature.textProperty().bindBidirectional(form.featureProperty());
        DatePicker date = DateField.of(form.launchDate(), "launchDate",
                com.clearance.service.DateText.examples(form.launchDate().locale()));
        TextArea team = new TextArea();
        team.setId("launchTeam");
        // a prompt text loses its line breaks, so the example lines sit below the field instead
        team.setPromptText("One person a line, as name: role");
        team.setPrefRowCount(4);
        team.textProperty().bindBidirectional(form.membersProperty());
        ListView<ContractChoice> contracts = new ListView<>(vm.contractChoices());
        contracts.setId("launchContracts");
        contracts.setPrefHeight(110);
        contracts.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        contracts.setPlaceholder(new Label("No audited contracts yet; import them in the Contracts screen."));
        Label message = LaunchesView.wrapped("");
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setId("newLaunchMessage");
        message.getStyleClass().add("import-failed");
        message.textProperty().bind(vm.messageProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "…"
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        row(grid, 0, "Name", name);
        row(grid, 1, "Feature", feature);
        row(grid, 2, "Launch date", date);
        row(grid, 3, "Team", team);
        Label example = hint(TEAM_EXAMPLE);
        example.setId("launchTeamHint");
        grid.add(example, 1, 4);
        grid.add(hint(ROLES), 1, 5);
        row(grid, 6, "Vendor contracts", contracts);
        grid.add(hint("Select the audited contracts this feature relies on (Ctrl-click for more);"
                + " their weak, adverse or missing clauses mark related open items at risk."), 1, 7);
        grid.add(message, 1, 8);
        grid.setPrefWidth(640);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("newLaunchDialog");

        // keep the dialog open until the service accepts the launch
        dialog.getDialogPane().lookupButton(create).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.contractIds().setAll(contracts.getSelectionModel().getSelectedItems().stream()
                    .map(ContractChoice::id).toList());
            vm.create(dialog::close);
        });
        dialog.show();
        return dialog;
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setId("label-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    /** A hint below a field: wrapped at the field's width, and as tall as its lines (never cut to "…"). */
    private static Label hint(String text) {
        Label l = LaunchesView.wrapped(text);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMaxWidth(520);
        l.getStyleClass().add("explanation");
        return l;
    }
}

package com.clearance.ui;

import com.clearance.service.PortfolioSelection;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Which contracts go into the portfolio workbook: every audited contract with a tick box, the latest version of each
 * ticked (an older version, a second import of one file and a document that is not an agreement say why they are not).
 */
final class PortfolioDialog {

    private PortfolioDialog() {
    }

    /** The ids the user chose, or empty when they cancelled. */
    static Optional<List<Long>> choose(Window owner, List<PortfolioSelection.Choice> choices) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export portfolio");
        dialog.setHeaderText("Contracts in the portfolio workbook");
        ButtonType export = new ButtonType("Choose where to save…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        VBox boxes = new VBox(6);
        List<CheckBox> ticks = choices.stream().map(PortfolioDialog::box).toList();
        boxes.getChildren().addAll(ticks);
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 30 * choices.size() + 10));
        Label hint = LaunchesView.wrapped("Ticked: the latest version of each contract, once. Tick any other to add"
                + " it; documents kept although they are not agreements are left out unless you tick them.");
        hint.getStyleClass().add("explanation");
        hint.setMaxWidth(560);
        VBox content = new VBox(10, hint, scroll);
        content.setPadding(new Insets(10));
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("portfolioDialog");
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> ticks.stream().noneMatch(CheckBox::isSelected), ticks.stream().map(CheckBox::selectedProperty)
                        .toArray(javafx.beans.Observable[]::new)));
        return dialog.showAndWait().filter(b -> b == export).map(b -> ticks.stream().filter(CheckBox::isSelected)
                .map(t -> (Long) t.getUserData()).toList());
    }

    private static CheckBox box(PortfolioSelection.Choice c) {
        CheckBox box = new CheckBox(c.label() + (c.whyNot() == null ? "" : "  (" + c.whyNot() + ")"));
        box.setSelected(c.picked());
        box.setUserData(c.id());
        box.setWrapText(true);
        box.setId("portfolio-" + c.id());
        return box;
    }
}

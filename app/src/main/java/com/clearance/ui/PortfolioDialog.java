package com.clearance.ui;

import com.clearance.service.PortfolioSelection;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
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
        // a virtual list makes only the rows in view, not one tick box per contract of a 2,000-contract portfolio
        List<PortfolioTick> ticks = choices.stream().map(PortfolioTick::new).toList();
        ListView<PortfolioTick> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(ticks));
        list.setId("portfolioChoices");
        list.setCellFactory(CheckBoxListCell.forListView(PortfolioTick::picked));
        list.setPrefHeight(Math.min(360, 30 * choices.size() + 10));
        Label hint = LaunchesView.wrapped("Ticked: the latest version of each contract, once. Tick any other to add"
                + " it; documents kept although they are not agreements are left out unless you tick them.");
        hint.getStyleClass().add("explanation");
        hint.setMaxWidth(560);
        VBox content = new VBox(10, hint, list);
        content.setPadding(new Insets(10));
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("portfolioDialog");
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> ticks.stream().noneMatch(t -> t.picked().get()), ticks.stream().map(PortfolioTick::picked)
                        .toArray(javafx.beans.Observable[]::new)));
        return dialog.showAndWait().filter(b -> b == export).map(b -> ticks.stream().filter(t -> t.picked().get())
                .map(t -> t.choice().id()).toList());
    }

    /** One contract in the list: its choice and whether it is ticked (shown by the cell's tick box). */
    record PortfolioTick(PortfolioSelection.Choice choice, BooleanProperty picked) {
        PortfolioTick(PortfolioSelection.Choice choice) {
            this(choice, new SimpleBooleanProperty(choice.picked()));
        }

        @Override
        public String toString() {
            return choice.label() + (choice.whyNot() == null ? "" : "  (" + choice.whyNot() + ")");
        }
    }
}

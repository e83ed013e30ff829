package com.clearance.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Expected versus observed: the chart, and beside it the surprises in words. */
final class ExpectedView {

    private final TicketsViewModel vm;
    final ExpectedChart chart = new ExpectedChart();

    ExpectedView(TicketsViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        chart.setId("expectedChart");
        chart.setModel(vm.chartProperty().get());
        vm.chartProperty().addListener((o, a, b) -> chart.setModel(b));
        Label title = new Label("Surprises");
        title.getStyleClass().add("section-title");
        Label hint = LaunchesView.wrapped("A category arriving outside its expected weeks, or while the items that"
                + " prepare for it are still not done.");
        hint.getStyleClass().add("explanation");
        ListView<String> list = new ListView<>(vm.surprises());
        list.setId("surprisesList");
        list.setPlaceholder(LaunchesView.wrapped("No surprises: every category arrived in its expected weeks."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox side = new VBox(6, title, hint, list);
        side.setPadding(new Insets(8));
        side.setPrefWidth(330);
        side.setMinWidth(260);
        BorderPane root = new BorderPane(chart);
        root.setRight(side);
        BorderPane.setMargin(chart, new Insets(8));
        return root;
    }
}

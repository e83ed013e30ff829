package com.clearance.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A strip above the screens for one notice with one action (first start, library changed). */
final class NoticeBanner extends VBox {

    void show(String text, String action, Runnable run) {
        Label l = new Label(text);
        l.setWrapText(true);
        Button b = new Button(action);
        b.setId("bannerAction");
        b.setOnAction(e -> {
            clear();
            run.run();
        });
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> clear());
        HBox box = new HBox(12, l, b, dismiss);
        box.getStyleClass().add("banner");
        box.setPadding(new Insets(8));
        getChildren().setAll(box);
    }

    void clear() {
        getChildren().clear();
    }
}

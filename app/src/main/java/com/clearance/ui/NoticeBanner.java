package com.clearance.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A strip above the screens for one notice with one action (first start, library changed, library errors). */
final class NoticeBanner extends VBox {

    private final String actionId;

    NoticeBanner() {
        this("bannerAction");
    }

    /** {@code actionId}: the id of the action button (two banners can be shown at once). */
    NoticeBanner(String actionId) {
        this.actionId = actionId;
    }

    void show(String text, String action, Runnable run) {
        Label l = new Label(text);
        l.setWrapText(true);
        Button b = new Button(action);
        b.setId(actionId);
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

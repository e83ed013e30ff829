package com.clearance.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** One paragraph of the contract text; the evidence sentences are marked and their paragraph shaded. */
final class DocumentCell extends ListCell<DocumentParagraph> {

    private final ListView<DocumentParagraph> owner;

    DocumentCell(ListView<DocumentParagraph> owner) {
        this.owner = owner;
    }

    @Override
    protected void updateItem(DocumentParagraph p, boolean empty) {
        super.updateItem(p, empty);
        getStyleClass().remove("evidence-paragraph");
        if (empty || p == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        TextFlow flow = new TextFlow();
        int at = 0;
        for (DocumentParagraph.Range r : p.highlights()) {
            if (r.from() > at) {
                flow.getChildren().add(plain(p.text().substring(at, r.from())));
            }
            Text mark = new Text(p.text().substring(r.from(), r.to()));
            mark.getStyleClass().add(r.style());
            flow.getChildren().add(mark);
            at = r.to();
        }
        if (at < p.text().length()) {
            flow.getChildren().add(plain(p.text().substring(at)));
        }
        flow.prefWidthProperty().bind(owner.widthProperty().subtract(p.page() > 0 ? 84 : 40));
        flow.setMaxWidth(Double.MAX_VALUE);
        if (p.highlights().stream().anyMatch(r -> r.style().equals("evidence-text"))) {
            getStyleClass().add("evidence-paragraph");
        }
        setText(null);
        if (p.page() > 0) {
            javafx.scene.control.Label gutter = new javafx.scene.control.Label("p. " + p.page());
            gutter.getStyleClass().add("page-gutter");
            gutter.setMinWidth(40);
            setGraphic(new javafx.scene.layout.HBox(4, gutter, flow));
        } else {
            setGraphic(flow);
        }
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("document-text");
        return t;
    }
}

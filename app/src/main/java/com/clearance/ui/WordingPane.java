package com.clearance.ui;

import com.clearance.service.VersionDiff;
import com.clearance.text.WordDiff;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;

/**
 * A clause's deciding sentences in both versions side by side: the older on the left with the words it loses struck
 * in red, the newer on the right with the words it gains underlined in green; a sentence only one version has is
 * shown against "not in this version".
 */
final class WordingPane {

    private final VBox rows = new VBox(10);
    private final Label header = new Label();
    final ScrollPane node;

    WordingPane() {
        rows.setPadding(new Insets(6));
        header.setWrapText(true);
        header.setId("wordingHeader");
        header.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(6, header, rows);
        node = new ScrollPane(box);
        node.setId("wordingPane");
        node.setFitToWidth(true);
        show(null, List.of(), "");
    }

    void show(String clauseTitle, List<VersionDiff.Wording> wordings, String pair) {
        rows.getChildren().clear();
        if (clauseTitle == null) {
            header.setText("Select a clause above to see both versions' wording, word by word.");
            return;
        }
        header.setText(clauseTitle + (pair.isEmpty() ? "" : ":  " + pair));
        if (wordings.isEmpty()) {
            rows.getChildren().add(new Label("The deciding wording is the same in both versions."));
            return;
        }
        for (VersionDiff.Wording w : wordings) {
            GridPane grid = new GridPane();
            grid.setHgap(16);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(half, half);
            grid.add(flow(w.before(), w.words(), WordDiff.Op.REMOVED), 0, 0);
            grid.add(flow(w.after(), w.words(), WordDiff.Op.ADDED), 1, 0);
            rows.getChildren().add(grid);
        }
    }

    /** One side: the shared words plain, this side's own words marked; the other side's words left out. */
    private static TextFlow flow(String sentence, List<WordDiff.Piece> pieces, WordDiff.Op own) {
        TextFlow flow = new TextFlow();
        if (sentence == null) {
            Text none = new Text("(not in this version)");
            none.setStyle("-fx-font-style: italic; -fx-fill: #777777;");
            flow.getChildren().add(none);
            return flow;
        }
        if (pieces.isEmpty()) {
            Text all = new Text(sentence);
            all.getStyleClass().add("wording-text");
            mark(all, own);
            flow.getChildren().add(all);
            return flow;
        }
        for (WordDiff.Piece p : pieces) {
            if (p.op() != WordDiff.Op.SAME && p.op() != own) {
                continue;
            }
            Text t = new Text(p.text());
            t.getStyleClass().add("wording-text");
            if (p.op() == own) {
                mark(t, own);
            }
            flow.getChildren().addAll(t, new Text(" ")); // the space stays unmarked
        }
        return flow;
    }

    private static void mark(Text t, WordDiff.Op op) {
        if (op == WordDiff.Op.REMOVED) {
            t.setStrikethrough(true);
            t.setStyle("-fx-fill: #c0392b;");
        } else {
            t.setUnderline(true);
            t.setStyle("-fx-fill: #1e8449; -fx-font-weight: bold;");
        }
        t.getStyleClass().add(op == WordDiff.Op.REMOVED ? "word-removed" : "word-added");
    }
}

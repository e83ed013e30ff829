package com.clearance.ui;

import com.clearance.ingest.ColumnMapping;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** For a ticket export that is neither Jira nor Zendesk: which column is the id, summary, description, created date. */
final class ColumnMappingDialog {

    static final String NONE = "(no such column)";

    private final Window owner;

    ColumnMappingDialog(Window owner) {
        this.owner = owner;
    }

    Optional<ColumnMapping> ask(String fileName, List<String> headers) {
        Dialog<ColumnMapping> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Map the columns of " + fileName);
        dialog.setHeaderText(fileName + " is not a Jira or Zendesk export. Say which column holds each field.");
        ButtonType ok = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType("Skip this file", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, skip);
        ComboBox<String> id = choice("mapId", headers, false, guess(headers, "id", "key", "number", "#"));
        ComboBox<String> summary = choice("mapSummary", headers, false, guess(headers, "summary", "subject", "title"));
        ComboBox<String> description = choice("mapDescription", headers, true,
                guess(headers, "description", "body", "details", "text"));
        ComboBox<String> created = choice("mapCreated", headers, true, guess(headers, "created", "opened", "date"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Ticket id (required)"), id);
        grid.addRow(1, new Label("Summary (required)"), summary);
        grid.addRow(2, new Label("Description"), description);
        grid.addRow(3, new Label("Created date (for weeks since launch)"), created);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(id.valueProperty().isNull()
                .or(summary.valueProperty().isNull()));
        dialog.setResultConverter(b -> b == ok ? new ColumnMapping(id.getValue(), summary.getValue(),
                orNull(description.getValue()), orNull(created.getValue())) : null);
        return dialog.showAndWait();
    }

    private static ComboBox<String> choice(String id, List<String> headers, boolean optional, String guess) {
        List<String> options = new ArrayList<>();
        if (optional) {
            options.add(NONE);
        }
        options.addAll(headers);
        ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(options));
        box.setId(id);
        box.setValue(guess != null ? guess : optional ? NONE : null);
        return box;
    }

    /** The first header containing one of the words, to save clicks; the user can change it. */
    static String guess(List<String> headers, String... words) {
        for (String w : words) {
            for (String h : headers) {
                if (h.toLowerCase(java.util.Locale.ROOT).contains(w)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static String orNull(String value) {
        return value == null || value.equals(NONE) ? null : value;
    }
}

package com.clearance.ui;

import com.clearance.persistence.TeamDatabaseUrl;
import com.clearance.service.Collaboration;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * File ▸ Connect to team database…: host, port, database, user and SSL mode, a button that tries the connection,
 * and Connect. The password is never asked for or kept: it comes from PGPASSWORD or ~/.pgpass, as for psql.
 */
final class ConnectDialog {

    private final Dialog<String> dialog = new Dialog<>();
    private final TextField host = field("connectHost", "db.example.org");
    private static final int DEFAULT_PORT = 5432;

    private final TextField port = field("connectPort", String.valueOf(DEFAULT_PORT));
    private final TextField database = field("connectDatabase", "clearance");
    private final TextField user = field("connectUser", System.getProperty("user.name", ""));
    private final ComboBox<String> ssl = new ComboBox<>();
    private final Label result = new Label();

    ConnectDialog(Window owner, String remembered, BackgroundTasks tasks) {
        dialog.initOwner(owner);
        dialog.setTitle("Connect to team database");
        dialog.setHeaderText("A PostgreSQL database the whole team shares.\nThe password comes from PGPASSWORD or "
                + passwordFile() + "; Clearance never stores it.");
        ssl.getItems().addAll("prefer", "require", "verify-full", "disable");
        ssl.setId("connectSsl");
        ssl.setValue("prefer");
        fill(remembered);
        result.setId("connectResult");
        result.setWrapText(true);
        result.setMaxWidth(460);
        // a two-line reason must show whole: the label may not shrink below its text, and the dialog grows to fit
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().addListener((o, was, now) -> Platform.runLater(this::fitWindow));
        Button test = new Button("Test connection");
        test.setId("testConnection");
        test.setOnAction(e -> {
            Optional<String> url = url();
            if (url.isEmpty()) {
                return;
            }
            result.setText("Connecting…");
            test.setDisable(true);
            tasks.run(() -> Collaboration.test(url.get()), ok -> {
                test.setDisable(false);
                result.setText(ok);
            }, error -> {
                test.setDisable(false);
                result.setText(ErrorDialogs.plainMessage(error));
            });
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Host"), host);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Database"), database);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("SSL"), ssl);
        grid.add(test, 1, 5);
        grid.add(result, 0, 6, 2, 1);
        // the fields take the dialog's width rather than leaving its right half empty
        grid.getColumnConstraints().addAll(new ColumnConstraints(),
                new ColumnConstraints(0, Region.USE_COMPUTED_SIZE, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT, true));
        dialog.getDialogPane().setContent(grid);
        // the user opens the dialog to type a host: the cursor starts there, not on the Connect button
        dialog.setOnShown(e -> Platform.runLater(host::requestFocus));
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (url().isEmpty()) {
                e.consume(); // the reason is shown under the fields; the dialog stays open with them
            }
        });
        dialog.setResultConverter(b -> b == connect ? url().orElse(null) : null);
    }

    private void fitWindow() {
        Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
        }
    }

    /** The URL chosen (libpq form, no password), or empty when cancelled. */
    Optional<String> choose() {
        return dialog.showAndWait();
    }

    private void fill(String remembered) {
        if (remembered == null) {
            return;
        }
        try {
            TeamDatabaseUrl u = TeamDatabaseUrl.parse(remembered);
            host.setText(u.host());
            port.setText(String.valueOf(u.port()));
            database.setText(u.database());
            user.setText(u.user());
            ssl.setValue(u.options().getOrDefault("sslmode", "prefer"));
        } catch (IllegalArgumentException ignored) {
            // a remembered URL this version cannot read: start from empty fields
        }
    }

    /** The URL the fields make, or empty with the reason shown. */
    Optional<String> url() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sslmode", ssl.getValue());
        try {
            // a blank port or user means what it means to psql, which the fields' grey hints show: 5432, the OS user
            int p = port.getText().isBlank() ? DEFAULT_PORT : Integer.parseInt(port.getText().strip());
            String who = user.getText().isBlank() ? user.getPromptText() : user.getText().strip();
            if (host.getText().isBlank() || database.getText().isBlank() || who.isBlank()) {
                throw new IllegalArgumentException("Fill in the host, the database and the user.");
            }
            TeamDatabaseUrl u = new TeamDatabaseUrl(who, host.getText().strip(), p, database.getText().strip(), options);
            return Optional.of(TeamDatabaseUrl.parse(u.toString()).toString());
        } catch (NumberFormatException e) {
            result.setText("The port is a number, 5432 unless the server says otherwise.");
        } catch (IllegalArgumentException e) {
            result.setText(e.getMessage());
        }
        return Optional.empty();
    }

    /** Where libpq (and so Clearance) reads saved passwords on this system. */
    private static String passwordFile() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "%APPDATA%\\postgresql\\pgpass.conf"
                : "~/.pgpass";
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(24);
        return f;
    }
}

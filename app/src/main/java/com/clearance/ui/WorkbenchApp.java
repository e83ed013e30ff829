package com.clearance.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The workbench window. */
public class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Clearance");
        stage.setScene(new Scene(new StackPane(new Label("Clearance workbench")), 1100, 720));
        stage.show();
    }
}

package com.clearance.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import com.clearance.service.ProgressListener.Stage;

/** The live state of one file in an import batch, for the per-file progress list. */
public final class ImportItem {

    private final String fileName;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.QUEUED);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("waiting");

    public ImportItem(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() { return fileName; }
    public ObjectProperty<Stage> stageProperty() { return stage; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty messageProperty() { return message; }

    public boolean failed() {
        return stage.get() == Stage.FAILED;
    }
}

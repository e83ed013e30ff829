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
    private final java.nio.file.Path file;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.QUEUED);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("waiting");

    public ImportItem(String fileName) {
        this(fileName, null);
    }

    public ImportItem(String fileName, java.nio.file.Path file) {
        this.fileName = fileName;
        this.file = file;
    }

    public String fileName() { return fileName; }
    /** The file, for importing it again (null where the list does not offer that). */
    public java.nio.file.Path file() { return file; }
    public ObjectProperty<Stage> stageProperty() { return stage; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty messageProperty() { return message; }

    public boolean failed() {
        return stage.get() == Stage.FAILED;
    }

    /** Read but not stored because it does not look like an agreement: the list offers "Import anyway". */
    public boolean refused() {
        return stage.get() == Stage.REFUSED;
    }
}

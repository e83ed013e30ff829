package com.clearance.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Plain error dialogs: one sentence up front, the technical details folded away (and in the log). */
final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private ErrorDialogs() {
    }

    static void show(Window owner, Throwable error) {
        LOG.error("Shown to the user", error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Clearance");
        alert.setHeaderText("Something went wrong");
        alert.setContentText(plainMessage(error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }

    /** The user's sentence: our typed exceptions already carry one; anything else gets a generic, honest line. */
    static String plainMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (t instanceof com.clearance.persistence.StoreException || t instanceof com.clearance.ingest.ImportException
                || t instanceof IllegalArgumentException) {
            return m;
        }
        return "Clearance hit an unexpected problem" + (m == null ? "." : ": " + m)
                + " The details are below and in the log file.";
    }
}

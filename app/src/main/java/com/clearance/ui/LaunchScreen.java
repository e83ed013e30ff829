package com.clearance.ui;

import com.clearance.service.Workbench;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Wires the launch-readiness screen (runbook, tickets, expected vs observed) into the window: view models and view. */
final class LaunchScreen {

    final LaunchesViewModel launches;
    final ItemActionsViewModel actions;
    final TicketsViewModel tickets;
    final LaunchesView view;
    private final Stage stage;
    private final WorkbenchPreferences prefs;

    /** {@code user} is the window's one "who am I" (the reviewer name decisions are recorded under). */
    LaunchScreen(Workbench wb, BackgroundTasks tasks, Consumer<Throwable> onError, WorkbenchPreferences prefs,
                 Stage stage, javafx.beans.property.StringProperty user) {
        this.stage = stage;
        this.prefs = prefs;
        launches = new LaunchesViewModel(wb, tasks, onError, LocalDate::now);
        actions = new ItemActionsViewModel(wb, tasks, launches);
        actions.userProperty().bindBidirectional(user);
        tickets = new TicketsViewModel(wb, tasks, onError, launches, actions.userProperty()::get);
        view = new LaunchesView(launches, actions, tickets);
    }

    Node build() {
        Node node = view.build(stage, this::chooseTickets);
        launches.refresh();
        return node;
    }

    void chooseTickets() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import ticket exports");
        chooser.setInitialDirectory(prefs.lastFolder().toFile());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV exports (Jira, Zendesk, other)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            prefs.saveLastFolder(files.get(0).toPath().getParent());
            importTickets(files.stream().map(File::toPath).toList());
        }
    }

    void importTickets(List<Path> files) {
        view.inner.getSelectionModel().select(1);
        tickets.importFiles(files);
    }

    void newLaunch() {
        launches.loadContractChoices();
        new NewLaunchDialog(launches).show(stage);
    }

    void showRunbook() { view.inner.getSelectionModel().select(0); }
    void showTickets() { view.inner.getSelectionModel().select(1); }
    void showChart() { view.inner.getSelectionModel().select(2); }
}

package com.clearance.ui;

import com.clearance.runbook.PhaseStatus;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The launches screen: the launch list with readiness on the left; on the right the selected launch's readiness and
 * how it was reached, and three tabs: the runbook by phase, the tickets, and expected versus observed.
 */
final class LaunchesView {

    private final LaunchesViewModel vm;
    private final ItemActionsViewModel actions;
    private final TicketsViewModel tickets;
    final TabPane inner = new TabPane();

    LaunchesView(LaunchesViewModel vm, ItemActionsViewModel actions, TicketsViewModel tickets) {
        this.vm = vm;
        this.actions = actions;
        this.tickets = tickets;
    }

    Node build(Window owner, Runnable chooseTickets) {
        Button create = new Button("New launch…");
        create.setId("newLaunchButton");
        create.setOnAction(e -> newLaunch(owner));
        ComboBox<ContractChoice> link = new ComboBox<>(vm.contractChoices());
        link.setId("linkContractChoice");
        link.setPromptText("Audited contract to link");
        link.setPrefWidth(300);
        link.setOnShowing(e -> vm.loadContractChoices());
        Button linkButton = new Button("Link contract");
        linkButton.setId("linkContractButton");
        linkButton.disableProperty().bind(link.valueProperty().isNull().or(vm.selectedProperty().isNull()));
        linkButton.setOnAction(e -> vm.linkContract(link.getValue().id()));
        TextField user = new TextField();
        user.setId("launchUser");
        user.setPromptText("Your name");
        user.textProperty().bindBidirectional(actions.userProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(8, create, link, linkButton, gap, new Label("You are:"), user);
        toolbar.getStyleClass().add("toolbar-row");
        toolbar.setPadding(new Insets(8));

        SplitPane split = new SplitPane(launchList(), detail(owner, chooseTickets));
        split.setDividerPositions(0.21);
        BorderPane root = new BorderPane(split);
        root.setTop(toolbar);
        // ticket exports dropped anywhere on the launches screen go to the selected launch (the tickets tab shows them)
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                inner.getSelectionModel().select(1);
                tickets.importFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return root;
    }

    private void newLaunch(Window owner) {
        vm.loadContractChoices();
        new NewLaunchDialog(vm).show(owner);
    }

    private Node launchList() {
        ListView<LaunchRow> list = new ListView<>(vm.launches());
        list.setId("launchList");
        list.setPlaceholder(wrapped("No launches yet. Use New launch… to start one from the first-100-tickets runbook."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LaunchRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(r.name());
                name.getStyleClass().add("section-title");
                Label line = new Label("Readiness " + r.readinessText() + " · " + ReadinessText.week(r.week()));
                Label held = new Label(r.weakestPhase().isEmpty() ? "" : "held by " + r.weakestPhase());
                held.getStyleClass().add("explanation");
                held.setWrapText(true);
                held.setMaxWidth(230);
                Label flags = new Label(r.overdue() + " overdue · " + r.atRisk() + " at risk");
                flags.getStyleClass().add("explanation");
                setGraphic(new VBox(2, name, line, held, flags));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        return list;
    }

    private Node detail(Window owner, Runnable chooseTickets) {
        Label heading = new Label();
        heading.setId("launchHeading");
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(vm.headingProperty());
        Label score = new Label();
        score.setId("readinessScore");
        score.getStyleClass().add("score");
        score.textProperty().bind(vm.readinessProperty());
        score.setMinWidth(Region.USE_PREF_SIZE);
        Label explanation = wrapped("");
        explanation.setId("readinessExplanation");
        explanation.getStyleClass().add("explanation");
        explanation.textProperty().bind(vm.explanationProperty());
        explanation.setMinHeight(Region.USE_PREF_SIZE); // wrap onto a second line rather than cut the words
        Label message = new Label();
        message.setId("launchMessage");
        message.textProperty().bind(vm.messageProperty());
        VBox words = new VBox(4, new Label("Readiness"), explanation, message);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox scoreRow = new HBox(14, score, words);
        VBox header = new VBox(4, heading, scoreRow);
        header.setPadding(new Insets(8));

        inner.getTabs().setAll(
                tab("Runbook", "tab-runbook", new RunbookPane(vm, actions).build(owner)),
                tab("Tickets", "tab-tickets", new TicketsView(tickets).build(owner, chooseTickets)),
                tab("Expected vs observed", "tab-expected", new ExpectedView(tickets).build()));
        inner.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(header, inner);
        VBox.setVgrow(inner, Priority.ALWAYS);
        return box;
    }

    private static Tab tab(String name, String id, Node content) {
        Tab t = new Tab(name, content);
        t.setId(id);
        return t;
    }

    static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    static String completion(PhaseStatus p) {
        return p.complete() + " / " + p.total() + " (" + ReadinessText.percent(p.completion()) + ")";
    }

    /** Split orientation helper so the runbook pane reads top to bottom. */
    static SplitPane vertical(Node top, Node bottom, double divider) {
        SplitPane s = new SplitPane(top, bottom);
        s.setOrientation(Orientation.VERTICAL);
        s.setDividerPositions(divider);
        return s;
    }
}

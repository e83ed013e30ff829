package com.clearance.ui;

import com.clearance.domain.Status;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Consumer;
import java.util.function.Function;

/** The scorecard on the left; the selected finding's evidence in the text, rationale and language on the right. */
final class AuditView {

    private final AuditViewModel vm;
    private final DecisionsViewModel decisions;
    final TableView<FindingRow> table = new TableView<>();
    final ListView<DocumentParagraph> document = new ListView<>();

    AuditView(AuditViewModel vm, DecisionsViewModel decisions) {
        this.vm = vm;
        this.decisions = decisions;
    }

    Node build(Consumer<String> copy) {
        Label heading = new Label();
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(vm.headingProperty());
        Label score = new Label();
        score.setId("scoreLabel");
        score.getStyleClass().add("score");
        score.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(vm::scoreText, vm.scoreProperty()));
        score.setMinWidth(Region.USE_PREF_SIZE);
        Label explanation = new Label();
        explanation.setWrapText(true);
        explanation.getStyleClass().add("explanation");
        explanation.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ScoreText.headline(vm.explanationProperty().get()), vm.explanationProperty()));
        TextArea breakdown = area(javafx.beans.binding.Bindings.createStringBinding(
                () -> ScoreText.breakdown(vm.explanationProperty().get()), vm.explanationProperty()), 4);
        javafx.scene.control.TitledPane how = new javafx.scene.control.TitledPane("How the score was reached", breakdown);
        how.setExpanded(false);
        how.setAnimated(false);
        VBox scoreText = new VBox(4, explanation, how);
        HBox.setHgrow(scoreText, Priority.ALWAYS);
        HBox scoreRow = new HBox(16, score, scoreText);

        ComboBox<Status> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().addAll(null, Status.PROTECTIVE, Status.WEAK, Status.ADVERSE, Status.MISSING);
        status.setConverter(new StringConverter<>() {
            @Override public String toString(Status s) { return s == null ? "All statuses" : s.id(); }
            @Override public Status fromString(String s) { return null; }
        });
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        ComboBox<String> category = new ComboBox<>(vm.categories());
        category.setId("categoryFilter");
        category.valueProperty().bindBidirectional(vm.categoryFilterProperty());
        ComboBox<com.clearance.persistence.AuditSummary> run = new ComboBox<>(vm.runs());
        run.setId("auditRun");
        run.valueProperty().bindBidirectional(vm.shownRunProperty());
        run.setConverter(new StringConverter<>() {
            @Override public String toString(com.clearance.persistence.AuditSummary a) {
                return a == null ? "" : ContractsView.WHEN.format(a.auditedAt()) + " · score " + a.score()
                        + " · library " + a.libraryVersion();
            }
            @Override public com.clearance.persistence.AuditSummary fromString(String s) { return null; }
        });
        Label runLabel = new Label("   Audit run:");
        HBox filters = new HBox(8, new Label("Show:"), status, category, runLabel, run);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label warnings = new Label();
        warnings.setId("importWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().addAll("banner", "import-warning");
        warnings.textProperty().bind(vm.importWarningsProperty());
        warnings.visibleProperty().bind(vm.importWarningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        VBox top = new VBox(6, heading, warnings, scoreRow, filters);
        top.setPadding(new Insets(8));

        buildTable();
        SplitPane split = new SplitPane(table, buildDetail(copy));
        split.setDividerPositions(0.47);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        return root;
    }

    private void buildTable() {
        table.setId("findingsTable");
        TableColumn<FindingRow, Status> status = new TableColumn<>("Status");
        status.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().status()));
        status.setCellFactory(c -> Badges.cell());
        status.setPrefWidth(104);
        table.getColumns().add(status);
        status.setMinWidth(104);
        status.setMaxWidth(104);
        TableColumn<FindingRow, String> clause = wrapping(col("Clause", FindingRow::title, 250));
        TableColumn<FindingRow, String> category = wrapping(col("Category", FindingRow::category, 150));
        category.setMaxWidth(170);
        TableColumn<FindingRow, String> decision = col("Decision", FindingRow::decisionText, 86);
        decision.setMaxWidth(90);
        table.getColumns().add(clause);
        table.getColumns().add(category);
        table.getColumns().add(decision);
        // the clause column takes what is left, and long names wrap rather than end in "…"
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.setItems(vm.visibleRows());
        table.setPlaceholder(new Label("Open a contract from the Contracts screen to see its scorecard."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
    }

    private Node buildDetail(Consumer<String> copy) {
        Label location = new Label();
        location.setId("evidenceLocation");
        location.getStyleClass().add("location");
        location.setWrapText(true);
        location.setMinHeight(Region.USE_PREF_SIZE);
        location.textProperty().bind(vm.locationProperty());
        document.setId("documentView");
        document.setItems(vm.paragraphs());
        document.setCellFactory(l -> new DocumentCell(document));
        document.setPlaceholder(new Label("The contract text appears here."));
        vm.scrollTargetProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                document.scrollTo(Math.max(0, b.intValue() - 1));
            }
        });
        VBox.setVgrow(document, Priority.ALWAYS);
        Label rationale = new Label();
        rationale.setId("rationale");
        rationale.setWrapText(true);
        rationale.textProperty().bind(vm.rationaleProperty());
        TextArea recommendation = area(vm.recommendationProperty(), 3);
        recommendation.setId("recommendation");
        recommendation.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                vm::recommendationPrompt, vm.selectedProperty()));
        Button copyButton = new Button("Copy");
        copyButton.setId("copyRecommendation");
        copyButton.disableProperty().bind(vm.recommendationProperty().isEmpty());
        copyButton.setOnAction(e -> copy.accept(vm.recommendationProperty().get()));
        HBox.setHgrow(recommendation, Priority.ALWAYS);
        VBox text = new VBox(6, location, searchBar(), document);
        text.setPadding(new Insets(0, 8, 4, 8));
        SplitPane textAndPage = new SplitPane(text, new PageView(vm.pageView()).build());
        textAndPage.setId("textAndPage");
        textAndPage.setDividerPositions(0.45);
        VBox details = new VBox(6, title("Why this status"), rationale, title("Recommended language"),
                new HBox(6, recommendation, copyButton), DecisionForm.build(decisions, "audit-"));
        details.setPadding(new Insets(0, 8, 8, 8));
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(details);
        detailScroll.setFitToWidth(true);
        detailScroll.setId("findingDetail");
        SplitPane split = new SplitPane(textAndPage, detailScroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.44);
        return split;
    }

    /** Cells that wrap their text at the column's width (the row grows), so no clause name or category is cut. */
    static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("wrapped-cell-text");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setText(null);
                setGraphic(empty || item == null ? null : text);
            }
        });
        return column;
    }

    /** Ctrl+F lands here: Enter or F3 goes to the next hit, Shift+Enter or Shift+F3 to the one before, Esc clears. */
    private Node searchBar() {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId("documentSearch");
        field.setPromptText("Find in the contract text (Ctrl+F)");
        field.textProperty().bindBidirectional(vm.searchQueryProperty());
        field.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER, F3 -> {
                    if (e.isShiftDown()) vm.findPrevious(); else vm.findNext();
                    e.consume();
                }
                case ESCAPE -> {
                    field.clear();
                    document.requestFocus();
                    e.consume();
                }
                default -> { }
            }
        });
        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(vm.searchStatusProperty());
        status.setMinWidth(70);
        Button previous = new Button("▲");
        previous.setId("findPrevious");
        previous.setTooltip(new javafx.scene.control.Tooltip("Previous match (Shift+F3)"));
        previous.setOnAction(e -> vm.findPrevious());
        Button next = new Button("▼");
        next.setId("findNext");
        next.setTooltip(new javafx.scene.control.Tooltip("Next match (F3)"));
        next.setOnAction(e -> vm.findNext());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox bar = new HBox(6, field, status, previous, next);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    static TextArea area(javafx.beans.value.ObservableValue<String> text, int rows) {
        TextArea a = new TextArea();
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bind(text);
        return a;
    }

    static <T> TableColumn<FindingRow, T> col(String name, Function<FindingRow, T> value, double width) {
        TableColumn<FindingRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}

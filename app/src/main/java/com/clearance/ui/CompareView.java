package com.clearance.ui;

import com.clearance.domain.Status;
import com.clearance.persistence.ContractRecord;
import com.clearance.service.ClauseMovement;
import com.clearance.service.PortfolioMatrix;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Contracts side by side clause by clause (differences marked), and the movement between two versions. */
final class CompareView {

    private final CompareViewModel vm;
    final ListView<ContractRow> picker;

    CompareView(CompareViewModel vm, javafx.collections.ObservableList<ContractRow> contracts) {
        this.vm = vm;
        this.picker = new ListView<>(contracts);
    }

    Node build() {
        picker.setId("comparePicker");
        picker.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        picker.setPlaceholder(new Label("Import contracts first."));
        Button compare = new Button("Compare selected");
        compare.setId("compareButton");
        compare.setOnAction(e -> vm.compare(java.util.List.copyOf(picker.getSelectionModel().getSelectedItems())));
        Label hint = new Label("Ctrl-click to choose two or more contracts. Two versions of one vendor's terms show"
                + " which clauses moved.");
        hint.setWrapText(true);
        VBox.setVgrow(picker, Priority.ALWAYS);
        VBox left = new VBox(8, AuditView.title("Contracts"), picker, compare, hint);
        left.setPadding(new Insets(8));
        left.setPrefWidth(300);

        TableView<PortfolioMatrix.Row> matrix = new TableView<>();
        matrix.setId("matrixTable");
        matrix.setPlaceholder(new Label("The clause-by-clause matrix appears here."));
        matrix.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(PortfolioMatrix.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("differs");
                if (!empty && row != null && row.differs()) {
                    getStyleClass().add("differs");
                }
            }
        });
        vm.matrixProperty().addListener((o, a, m) -> fill(matrix, m));

        TableView<ClauseMovement> moves = new TableView<>(vm.movements());
        moves.setId("movementsTable");
        moves.setPlaceholder(new Label("Choose two versions of one vendor's terms (or exactly two contracts) to see"
                + " which clauses moved and which way."));
        moves.getColumns().add(text("Clause", ClauseMovement::title, 220));
        moves.getColumns().add(badge("Before", ClauseMovement::before));
        moves.getColumns().add(badge("After", ClauseMovement::after));
        moves.getColumns().add(text("Moved", m -> switch (m.direction()) {
            case BETTER -> "▲ better for us";
            case WORSE -> "▼ worse for us";
            case UNCHANGED -> vm.wordings(m.clauseId()).isEmpty() ? "= unchanged" : "= status kept, wording changed";
        }, 200));
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        VBox movesBox = new VBox(6, AuditView.title("Which clauses moved (two versions of one vendor's terms)"), moves);
        VBox.setVgrow(moves, Priority.ALWAYS);
        WordingPane wording = new WordingPane();
        moves.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> wording.show(
                m == null ? null : m.title(), m == null ? java.util.List.of() : vm.wordings(m.clauseId()),
                vm.pairHeaderProperty().get()));
        vm.versionDiffProperty().addListener((o, a, d) -> wording.show(null, java.util.List.of(), ""));
        SplitPane right = new SplitPane(matrix, movesBox, wording.node);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.4, 0.7);
        BorderPane centre = new BorderPane(right);
        centre.setTop(summary);
        BorderPane.setMargin(summary, new Insets(8));
        SplitPane split = new SplitPane(left, centre);
        split.setDividerPositions(0.24);
        return split;
    }

    private static void fill(TableView<PortfolioMatrix.Row> table, PortfolioMatrix m) {
        table.getColumns().clear();
        if (m == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<PortfolioMatrix.Row, String> clause = new TableColumn<>("Clause");
        clause.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>((d.getValue().differs() ? "≠ " : "") + d.getValue().title()));
        clause.setPrefWidth(220);
        table.getColumns().add(clause);
        for (int i = 0; i < m.contracts().size(); i++) {
            int index = i;
            ContractRecord c = m.contracts().get(i);
            TableColumn<PortfolioMatrix.Row, Status> col = new TableColumn<>();
            String stated = m.stamps().get(i).label().replace(" \u00B7 ", "\n"); // one part a line: the column is narrow
            Label header = new Label(c.vendor() + "\n" + shortName(c.documentName())
                    + (stated.isEmpty() ? "" : "\n" + stated));
            header.setTooltip(new javafx.scene.control.Tooltip(c.documentName()));
            header.setWrapText(true);
            col.setGraphic(header);
            col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().cells().get(index)));
            col.setCellFactory(x -> Badges.cell());
            col.setPrefWidth(190);
            table.getColumns().add(col);
        }
        table.getItems().setAll(m.rows());
    }

    /** The file name without extension, cut to fit a column header. */
    static String shortName(String documentName) {
        int dot = documentName.lastIndexOf('.');
        String base = dot > 0 ? documentName.substring(0, dot) : documentName;
        return base.length() <= 28 ? base : "…" + base.substring(base.length() - 27);
    }

    private static <T> TableColumn<ClauseMovement, T> text(String name, java.util.function.Function<ClauseMovement, T> f, double w) {
        TableColumn<ClauseMovement, T> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static TableColumn<ClauseMovement, Status> badge(String name, java.util.function.Function<ClauseMovement, Status> f) {
        TableColumn<ClauseMovement, Status> c = text(name, f, 110);
        c.setCellFactory(x -> Badges.cell());
        return c;
    }
}

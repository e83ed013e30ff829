package com.clearance.ui;

import com.clearance.domain.Status;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** The contracts screen: drop zone and import progress, and the table of audited contracts. */
final class ContractsView {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ContractsViewModel vm;
    final TableView<ContractRow> table = new TableView<>();

    ContractsView(ContractsViewModel vm) {
        this.vm = vm;
    }

    Node build(Runnable chooseFiles, Runnable openSample, Consumer<ContractRow> openAudit) {
        Button importButton = new Button("Import files…");
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> chooseFiles.run());
        Button sample = new Button("Open the sample contract");
        sample.setId("sampleButton");
        sample.setOnAction(e -> openSample.run());
        TextField search = new TextField();
        search.setId("contractSearch");
        search.setPromptText("Search vendor or document");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(vm.searchProperty());
        ComboBox<Status> filter = new ComboBox<>();
        filter.getItems().addAll(null, Status.ADVERSE, Status.WEAK, Status.MISSING, Status.PROTECTIVE);
        filter.setConverter(new StringConverter<>() {
            @Override public String toString(Status s) { return s == null ? "All contracts" : "With " + s.id() + " findings"; }
            @Override public Status fromString(String s) { return null; }
        });
        filter.valueProperty().bindBidirectional(vm.onlyWithProperty());
        filter.setPromptText("All contracts");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(8, importButton, sample, gap, new Label("Find:"), search, filter);
        toolbar.getStyleClass().add("toolbar-row");
        toolbar.setPadding(new Insets(8));

        buildTable(openAudit);
        Label empty = new Label("No contracts yet. Drop PDF, DOCX, Markdown, HTML or text files here, use Import files…,"
                + " or open the sample contract to see a complete audit.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);

        VBox importPanel = buildImportPanel();
        VBox list = new VBox(table, PagerBar.build(vm.pages(), vm.completeProperty(), "contractsPager"));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, importPanel);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);

        BorderPane root = new BorderPane(split);
        root.setTop(toolbar);
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return root;
    }

    private void buildTable(Consumer<ContractRow> openAudit) {
        table.setId("contractsTable");
        table.getColumns().add(column("Vendor", ContractRow::vendor, 140));
        table.getColumns().add(column("Document", ContractRow::document, 320));
        TableColumn<ContractRow, String> date = column("Imported", r -> WHEN.format(r.importedAt()), 140);
        table.getColumns().add(date);
        TableColumn<ContractRow, Integer> score = column("Score", ContractRow::score, 70);
        score.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v < 0 ? "–" : String.valueOf(v));
            }
        });
        table.getColumns().add(score);
        table.getColumns().add(column("Protective", ContractRow::protective, 90));
        table.getColumns().add(column("Weak", ContractRow::weak, 70));
        table.getColumns().add(column("Adverse", ContractRow::adverse, 80));
        table.getColumns().add(column("Missing", ContractRow::missing, 80));
        // the table shows one page; a click on a column sorts all the (filtered) contracts, then pages them
        SortedList<ContractRow> sorted = vm.sortedRows();
        table.setSortPolicy(t -> {
            sorted.setComparator(t.getComparator());
            vm.pages().pageIndexProperty().set(0);
            return true;
        });
        table.setItems(vm.pages().rows());
        // a refresh (someone else's change, an import) replaces the rows: the user's selection stays where it was
        long[] kept = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                kept[0] = b.id();
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<ContractRow>) change -> {
            if (table.getSelectionModel().getSelectedItem() == null && kept[0] >= 0) {
                table.getItems().stream().filter(r -> r.id() == kept[0]).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        table.setRowFactory(t -> {
            TableRow<ContractRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openAudit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openAudit.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private VBox buildImportPanel() {
        Label title = new Label("Import");
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        Button cancel = new Button("Cancel import");
        cancel.setId("cancelImport");
        cancel.disableProperty().bind(vm.importingProperty().not());
        cancel.setOnAction(e -> vm.cancelImport());
        HBox head = new HBox(12, title, summary, cancel);
        ListView<ImportItem> list = new ListView<>(vm.imports());
        list.setId("importList");
        list.setPlaceholder(new Label("Files you import appear here with their progress; a file that cannot be read"
                + " says why, and the others go on."));
        list.setCellFactory(l -> new ImportCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, head, list);
        box.setPadding(new Insets(8));
        return box;
    }

    static <T> TableColumn<ContractRow, T> column(String name, java.util.function.Function<ContractRow, T> value, double width) {
        TableColumn<ContractRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String style(ImportItem item) {
        return item.failed() || item.refused() ? "import-failed" : "import-ok";
    }

    /** One file of the batch: name, progress bar, and what happened (failures in plain words, marked). */
    private final class ImportCell extends ListCell<ImportItem> {
        @Override
        protected void updateItem(ImportItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.fileName());
            name.setMinWidth(260);
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(item.progressProperty());
            bar.setPrefWidth(160);
            Label message = new Label();
            message.textProperty().bind(item.messageProperty());
            message.setWrapText(true);
            message.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            Button anyway = new Button("Import anyway");
            anyway.setId("importAnyway");
            anyway.setOnAction(e -> vm.importAnyway(item));
            anyway.visibleProperty().bind(item.stageProperty().isEqualTo(com.clearance.service.ProgressListener.Stage.REFUSED));
            anyway.managedProperty().bind(anyway.visibleProperty());
            item.stageProperty().addListener((o, a, b) -> message.getStyleClass().setAll("label", style(item)));
            message.getStyleClass().add(style(item));
            HBox top = new HBox(10, name, bar, anyway);
            top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(new VBox(2, top, message));
        }
    }
}

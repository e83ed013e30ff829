package com.clearance.ui;

import com.clearance.service.CancellationToken;
import com.clearance.service.ProgressListener;
import com.clearance.service.Workbench;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The workbench window: menus, the six screens as tabs, a banner for first start and library changes. */
public final class MainWindow {

    private static final int LAUNCHES = 5;

    private final Stage stage;
    private final WorkbenchPreferences prefs;
    private final BackgroundTasks tasks;
    private final HostServices host;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    /** The screens are built when first shown, so the window opens at the cost of the contracts list alone. */
    private final LazyTabs screens = new LazyTabs(tabs);
    private final NoticeBanner banner = new NoticeBanner();
    /** Stays while the clause library has errors: which ones, and that audits are partial (or impossible). */
    private final NoticeBanner libraryBanner = new NoticeBanner("libraryBannerAction");
    private final Label status = new Label("Opening the Clearance database…");
    private Workbench workbench;
    private ContractsViewModel contracts;
    private AuditViewModel audit;
    private DecisionsViewModel decisions;
    private CompareViewModel compare;
    private LibraryViewModel library;
    private ContractsView contractsView;
    private CompareView compareView;
    private ExportActions exports;
    private LaunchScreen launch;
    private String theme;
    private AutoCloseable following;
    private String place = "";
    private WorkbenchOpener opener;
    private boolean welcoming;

    /** Opens the services over another database (a file path or a PostgreSQL URL), off the UI thread. */
    public interface WorkbenchOpener {
        Workbench open(String dbTarget) throws Exception;
    }

    /** How File ▸ Connect to team database… opens the chosen database (set by the application). */
    public void setOpener(WorkbenchOpener opener) {
        this.opener = opener;
    }

    public MainWindow(Stage stage, WorkbenchPreferences prefs, BackgroundTasks tasks, HostServices host) {
        this.stage = stage;
        this.prefs = prefs;
        this.tasks = tasks;
        this.host = host;
        this.theme = prefs.theme();
    }

    /** Shows the window at once with a placeholder; {@link #attach} fills it when the database is open. */
    public void show() {
        // A plain label, not a spinner: the first frame should cost as little as possible.
        VBox loading = new VBox(12, new Label("Opening the Clearance database and clause library…"));
        loading.setAlignment(javafx.geometry.Pos.CENTER);
        root.setTop(MainMenu.build(this));
        root.setCenter(loading);
        status.getStyleClass().add("status-bar");
        status.setId("statusLine");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        double[] b = WindowPlacement.fit(prefs.bounds(), javafx.stage.Screen.getScreens().stream()
                .sorted((p, q) -> Boolean.compare(q.equals(javafx.stage.Screen.getPrimary()),
                        p.equals(javafx.stage.Screen.getPrimary())))
                .map(sc -> new double[] {sc.getVisualBounds().getMinX(), sc.getVisualBounds().getMinY(),
                        sc.getVisualBounds().getWidth(), sc.getVisualBounds().getHeight()})
                .toList());
        Scene scene = new Scene(root, b[2], b[3]);
        stage.setScene(scene);
        applyTheme(theme);
        if (!Double.isNaN(b[0]) && !Double.isNaN(b[1])) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        }
        stage.setMaximized(prefs.maximized());
        stage.setTitle("Clearance — AI contract workbench");
        stage.show();
    }

    public void attach(Workbench wb) {
        stopFollowing();
        this.workbench = wb;
        contracts = new ContractsViewModel(wb, tasks, this::showError);
        audit = new AuditViewModel(wb, tasks, this::showError);
        decisions = new DecisionsViewModel(wb, tasks, this::showError, audit);
        decisions.reviewerProperty().set(prefs.reviewer());
        wb.collaboration().actAs(prefs.reviewer());
        decisions.reviewerProperty().addListener((o, a, n) -> {
            prefs.saveReviewer(n);
            wb.collaboration().actAs(n);
        });
        compare = new CompareViewModel(wb, tasks, this::showError);
        contracts.allRows().addListener((javafx.collections.ListChangeListener<ContractRow>) change ->
                compare.follow(contracts.allRows()));
        library = new LibraryViewModel(wb, tasks, this::showError);
        library.setOnLibraryChanged(this::checkStale);
        contracts.setOnImported(id -> {
            banner.clear();
            openAudit(id);
        });
        contracts.setOnAlreadyImported(o -> banner.show(o.message() + ".", "Re-audit it",
                () -> reaudit(o.contractId())));

        exports = new ExportActions(stage, prefs, tasks, () -> workbench, () -> audit.contractIdProperty().get(),
                () -> audit.vendorProperty().get(),
                () -> decisions.reviewerProperty().get(), status::setText, this::showError);
        contractsView = new ContractsView(contracts);
        // the table takes F2 for cell editing (it has none), which would swallow Edit ▸ Rename vendor…'s accelerator
        contractsView.table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2 && !e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
                e.consume();
                renameContract();
            }
        });
        launch = new LaunchScreen(wb, tasks, this::showError, prefs, stage, decisions.reviewerProperty());
        screens.setAll(List.of(
                new LazyTabs.Screen("Contracts", () -> contractsView.build(this::chooseFiles, this::openSample,
                        r -> openAudit(r.id()))),
                new LazyTabs.Screen("Audit", () -> new AuditView(audit, decisions).build(this::copy)),
                new LazyTabs.Screen("Decisions", () -> new DecisionsView(audit, decisions).build()),
                new LazyTabs.Screen("Compare", () -> (compareView = new CompareView(compare, contracts.allRows())).build()),
                new LazyTabs.Screen("Clause library", () -> new LibraryView(library).build(this::openLibraryFolder)),
                new LazyTabs.Screen("Launches", launch::build)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(new VBox(libraryBanner, banner, tabs));
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        place = (wb.collaboration().team() ? "Team database: " + wb.collaboration().where().substring("team database ".length())
                : "Data folder: " + wb.dataFolder()) + " · clause library " + wb.engine().libraryVersion();
        status.setText(place);
        follow(wb);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() == 3) {
                compareWithEarlierVersion();
            }
        });
        library.problemBannerProperty().addListener((o, a, text) -> showLibraryProblems(text));
        library.refresh();
        showLibraryProblems(library.problemBannerProperty().get());
        contracts.refresh();
        tasks.run(() -> wb.contracts().empty(), empty -> {
            welcoming = empty;
            if (empty) {
                banner.show("Welcome to Clearance. Open the sample contract we wrote to see a complete audit, or import"
                        + " your own vendor terms.", "Open the sample contract", this::openSample);
            } else {
                checkStale();
            }
        }, this::showError);
    }

    /** Other people's changes arrive here (from the change watcher's thread) and are shown without a restart. */
    private void follow(Workbench wb) {
        try {
            following = wb.collaboration().follow(changes -> Platform.runLater(() -> {
                if (workbench == wb) {
                    othersChanged(changes);
                }
            }));
        } catch (com.clearance.persistence.StoreException e) {
            status.setText(place + " · other people's changes show after a restart (the change log could not be read)");
        }
    }

    private void othersChanged(List<com.clearance.persistence.Change> changes) {
        status.setText(changes.get(changes.size() - 1).line());
        contracts.refresh();
        if (welcoming && changes.stream().anyMatch(c -> c.kind().equals("contract"))) {
            welcoming = false;
            banner.clear(); // someone else imported the first contract: the welcome no longer applies
        }
        Long open = audit.contractIdProperty().get();
        if (open != null && changes.stream().anyMatch(c -> open.equals(c.contractId()))) {
            decisions.othersChanged();
        }
        if (screens.built(LAUNCHES) && changes.stream().anyMatch(c -> c.launchName() != null)) {
            launch.launches.refresh();
        }
    }

    private void stopFollowing() {
        if (following != null) {
            try {
                following.close();
            } catch (Exception ignored) {
                // the watcher thread ends on its own
            }
            following = null;
        }
    }

    /** Stops following changes; called when the window closes. */
    public void detach() {
        stopFollowing();
    }

    /** Opening Compare on a contract that is a newer version of another compares the pair. */
    private void compareWithEarlierVersion() {
        Long open = audit == null ? null : audit.contractIdProperty().get();
        if (open == null || !compare.chosen().isEmpty()) {
            return;
        }
        List<ContractRow> rows = contracts.allRows();
        rows.stream().filter(r -> r.id() == open && r.supersedesId() != null).findFirst().ifPresent(newer ->
                rows.stream().filter(r -> r.id() == newer.supersedesId()).findFirst().ifPresent(older ->
                        compare.compare(List.of(older, newer))));
    }

    private void showLibraryProblems(String text) {
        if (text == null || text.isEmpty()) {
            libraryBanner.clear();
        } else {
            libraryBanner.show(text, "Show the clause library", () -> showTab(4));
        }
    }

    /** Counted from the list once it is all read, instead of reading every contract a second time. */
    private void checkStale() {
        ContractsViewModel listed = contracts;
        listed.whenComplete(() -> {
            long n = listed.staleCount(workbench.engine().libraryVersion());
            if (n > 0 && listed == contracts) {
                banner.show("The clause library changed since " + n + (n == 1 ? " contract was" : " contracts were")
                        + " audited. Re-audit to score them against the current library (earlier results are kept).",
                        "Re-audit now", this::reauditStale);
            }
        });
    }

    // ---- actions (menus and buttons) ----

    void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import contracts");
        chooser.setInitialDirectory(prefs.lastFolder().toFile());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Contracts (PDF, DOCX, Markdown, HTML, text)", "*.pdf", "*.docx",
                        "*.md", "*.markdown", "*.html", "*.htm", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            prefs.saveLastFolder(files.get(0).toPath().getParent());
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    public void importFiles(List<Path> files) {
        if (contracts != null) {
            showTab(0);
            contracts.importFiles(files);
        }
    }

    /** Imports ticket exports into the selected launch (what dropping them on the tickets screen does). */
    public void importTickets(List<Path> files) { onLaunch(l -> l.importTickets(files)); }

    /** Runs a launch-screen action once the screen exists, showing it. */
    void onLaunch(java.util.function.Consumer<LaunchScreen> a) { if (launch != null) { showTab(5); a.accept(launch); } }

    void openSample() {
        if (workbench != null) {
            tasks.run(() -> workbench.contracts().openSample(workbench.dataFolder()), id -> {
                banner.clear();
                contracts.refresh();
                openAudit(id);
            }, this::showError);
        }
    }

    public void openAudit(long contractId) {
        audit.open(contractId);
        showTab(1);
    }

    void reauditStale() {
        if (workbench == null) {
            return;
        }
        status.setText("Re-auditing with the current clause library…");
        tasks.run(() -> workbench.contracts().reauditStale(ProgressListener.NONE, CancellationToken.none()), n -> {
            status.setText(n + (n == 1 ? " contract" : " contracts") + " re-audited with library "
                    + workbench.engine().libraryVersion() + "; earlier audits are kept.");
            banner.clear();
            contracts.refresh();
            if (audit.contractIdProperty().get() != null) {
                audit.open(audit.contractIdProperty().get());
            }
        }, this::showError);
    }

    void reaudit(long contractId) {
        tasks.run(() -> workbench.contracts().reaudit(contractId), a -> {
            banner.clear();
            status.setText("Audited again with library " + a.result().libraryVersion() + ": score " + a.result().score()
                    + " (earlier audits are kept).");
            contracts.refresh();
            openAudit(contractId);
        }, this::showError);
    }

    /** The contract a rename or delete is about: the one selected in the list, else the one open in the audit. */
    private java.util.Optional<ContractRow> chosenContract() {
        ContractRow selected = contractsView == null ? null : contractsView.table.getSelectionModel().getSelectedItem();
        Long open = audit == null ? null : audit.contractIdProperty().get();
        if (selected != null && (tabs.getSelectionModel().getSelectedIndex() == 0 || open == null)) {
            return java.util.Optional.of(selected);
        }
        return contracts == null || open == null ? java.util.Optional.empty()
                : contracts.allRows().stream().filter(r -> r.id() == open).findFirst();
    }

    void renameContract() {
        chosenContract().ifPresentOrElse(row -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(row.vendor());
            ask.initOwner(stage);
            ask.setTitle("Rename vendor");
            ask.setHeaderText("The vendor of " + row.document() + " (the trail keeps the old name)");
            ask.getEditor().setId("renameField");
            ask.showAndWait().filter(v -> !v.isBlank() && !v.strip().equals(row.vendor()))
                    .ifPresent(v -> contracts.rename(row, v, decisions.reviewerProperty().get(), status::setText));
        }, () -> status.setText("Select a contract in the list first."));
    }

    void deleteContract() {
        chosenContract().ifPresentOrElse(row -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + row.vendor() + " (" + row.document()
                    + ") from the list and the portfolio? Its audits, decisions and trail are kept.",
                    javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            ask.initOwner(stage);
            ask.setHeaderText(null);
            ask.setTitle("Delete contract");
            ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                    .ifPresent(b -> contracts.delete(row, decisions.reviewerProperty().get(), status::setText));
        }, () -> status.setText("Select a contract in the list first."));
    }

    void connectToTeamDatabase() {
        new ConnectDialog(stage, prefs.teamDatabase(), tasks).choose().ifPresent(url -> switchTo(url, url));
    }

    void useLocalDatabase() {
        if (prefs.teamDatabase() == null && workbench != null && !workbench.collaboration().team()) {
            status.setText("This window already uses this computer's database.");
            return;
        }
        switchTo(com.clearance.service.DataFolder.database().toString(), null);
    }

    /** Opens another database in this window; remembers a team database (its URL only) for the next start. */
    private void switchTo(String target, String remember) {
        if (opener == null) {
            return;
        }
        status.setText("Opening " + (remember == null ? "this computer's database" : remember) + "…");
        Workbench old = workbench;
        tasks.run(() -> opener.open(target), wb -> {
            prefs.saveTeamDatabase(remember);
            prefs.flush();
            attach(wb);
            if (old != null) {
                try {
                    old.close();
                } catch (Exception ignored) {
                    // the old database's commits are durable already
                }
            }
        }, e -> {
            status.setText(place);
            showError(e);
        });
    }

    void exportGapReport() { if (exports != null) exports.gapReport(); }
    void exportNegotiationPack() { if (exports != null) exports.negotiationPack(); }
    void exportRedline() { if (exports != null) exports.redline(); }
    void exportPortfolio() { if (exports != null) exports.portfolio(); }
    void exportReadiness() { if (exports != null) exports.readinessReport(launch.launches.launchName()); }

    void undoDecision() { if (decisions != null) decisions.undo(); }
    void saveDecision() { if (decisions != null) decisions.save(); }
    void copyRecommendation() { if (audit != null) copy(audit.recommendationProperty().get()); }
    void reloadLibrary() { if (library != null) { showTab(4); library.reload(); } }

    /** Ctrl+F: the text search on the Audit screen when it is showing, else the contract search. */
    void focusSearch() {
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            javafx.scene.Node field = stage.getScene().lookup("#documentSearch");
            if (field != null) {
                field.requestFocus();
                if (field instanceof javafx.scene.control.TextField t) t.selectAll();
                return;
            }
        }
        showTab(0);
        javafx.scene.Node n = stage.getScene().lookup("#contractSearch");
        if (n != null) n.requestFocus();
    }

    public void showTab(int index) {
        if (index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    void copy(String text) {
        if (text != null && !text.isBlank()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            status.setText("Recommended language copied to the clipboard.");
        }
    }

    void openLibraryFolder() {
        if (workbench == null) return;
        workbench.engine().libraryFolder().ifPresentOrElse(p -> host.showDocument(p.toUri().toString()),
                () -> info("The clause library in use is the copy built into Clearance. To edit it, copy the"
                        + " clause-library folder from the project and start Clearance with --library DIR."));
    }

    void openDataFolder() { if (workbench != null) host.showDocument(workbench.dataFolder().toUri().toString()); }
    void openLogFolder() { if (workbench != null) host.showDocument(workbench.dataFolder().resolve("logs").toUri().toString()); }

    void about() {
        info("Clearance scores AI vendor contracts clause by clause against the AI clause library.\nData folder: "
                + (workbench == null ? "(opening)" : workbench.dataFolder()));
    }

    void quit() {
        if (mayQuit()) {
            remember();
            stage.close();
            Platform.exit();
        }
    }

    /**
     * True when nothing long is running, or the user agreed to stop it: quitting mid-import asks first, and "Quit"
     * cancels the import (the file being read stores nothing) before the window goes.
     */
    boolean mayQuit() {
        if (contracts == null || !contracts.importingProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "An import is still running. Quit and cancel it? The file"
                + " being read is not stored; files already imported are kept.",
                new javafx.scene.control.ButtonType("Quit and cancel the import", javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType("Keep importing", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.initOwner(stage);
        ask.setTitle("Quit Clearance?");
        ask.setHeaderText(null);
        ask.getDialogPane().setId("quitDuringImport");
        boolean quit = ask.showAndWait().map(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .orElse(false);
        if (quit) {
            contracts.cancelImport();
        }
        return quit;
    }

    String theme() { return theme; }

    void applyTheme(String name) {
        theme = "dark".equals(name) ? "dark" : "light";
        prefs.saveTheme(theme);
        Scene scene = stage.getScene();
        if (scene != null) {
            scene.getStylesheets().setAll(
                    MainWindow.class.getResource("/com/clearance/ui/base.css").toExternalForm(),
                    MainWindow.class.getResource("/com/clearance/ui/" + theme + ".css").toExternalForm());
        }
    }

    /** Saves window geometry; called when the window closes. */
    public void remember() {
        prefs.saveMaximized(stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.saveBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        prefs.flush();
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.setTitle("Clearance");
        a.show();
    }

    public void showError(Throwable e) {
        ErrorDialogs.show(stage, e);
    }

    public void showStartupError(Throwable e) {
        Label l = new Label("Clearance could not open its database: " + ErrorDialogs.plainMessage(e)
                + (prefs.teamDatabase() == null ? "" : "\nFile ▸ Connect to team database… changes the connection;"
                + " File ▸ Use this computer's database works without it."));
        l.setWrapText(true);
        root.setCenter(l);
        showError(e);
    }

    // for the screenshot tour and UI tests
    Stage stage() { return stage; }
    AuditViewModel audit() { return audit; }
    DecisionsViewModel decisions() { return decisions; }
    ContractsViewModel contracts() { return contracts; }
    CompareViewModel compare() { return compare; }
    LibraryViewModel library() { return library; }
    Workbench workbench() { return workbench; }
    CompareView compareView() { return compareView; }
    LaunchScreen launch() { return launch; }
    boolean screenBuilt(int index) { return screens.built(index); }
    Label status() { return status; }
}

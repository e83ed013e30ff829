package com.clearance.app;

import com.clearance.domain.DecisionKind;
import com.clearance.persistence.ContractEvent;
import com.clearance.persistence.TestDatabases;
import com.clearance.service.CancellationToken;
import com.clearance.service.ProgressListener;
import com.clearance.service.Workbench;
import com.clearance.ui.ContractRow;
import com.clearance.ui.WorkbenchApp;
import com.clearance.ui.WorkbenchPreferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.clearance.app.WindowUnderTest.button;
import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renaming a vendor and deleting a contract in the real window, on the H2 file and on a team database: the list
 * shows the new name; the deleted contract leaves the list and the portfolio (Compare) but stays stored with its
 * decisions, and both changes are in its trail under the reviewer's name.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class ContractRenameDeleteUiTest {

    private static final String TERMS = """
            # %s Services Agreement

            ## 1. Customer Data

            1.1 Provider may use Customer Content, including prompts and outputs, to train and improve its models.

            ## 2. Security

            2.1 Provider will notify Customer of any Security Incident within %d hours of becoming aware of it.
            """;

    @Parameter
    TestDatabases.Backend backend;

    @TempDir
    Path dir;
    private WorkbenchApp app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void aRenamedVendorIsListedAndADeletedContractLeavesListAndPortfolioButNotTheTrail() throws Exception {
        String db = TestDatabases.create(backend, dir).dbOption();
        long kept;
        long deleted;
        try (Workbench wb = WorkbenchAssembly.open(dir, db, null)) {
            wb.contracts().importFiles(List.of(Files.writeString(dir.resolve("acme-terms.md"), TERMS.formatted("Acme", 48)),
                    Files.writeString(dir.resolve("globex-terms.md"), TERMS.formatted("Globex", 72))),
                    ProgressListener.NONE, CancellationToken.none());
            kept = wb.contracts().catalog().find("acme-terms.md").id();
            deleted = wb.contracts().catalog().find("globex-terms.md").id();
            wb.decisions().record(deleted, "training-use", DecisionKind.NEGOTIATE, "opt-out", "Dana");
        }
        WindowUnderTest.usePrivatePreferences();
        WorkbenchPreferences prefs = WorkbenchPreferences.forUser();
        prefs.saveReviewer("Dana");
        prefs.flush();
        app = WindowUnderTest.start(dir, db);
        waitFor(() -> robot.lookup("#contractsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ContractRow> table = robot.lookup("#contractsTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2);
        Label status = robot.lookup("#statusLine").queryAs(Label.class);

        select(table, kept);
        robot.type(KeyCode.F2); // Edit ▸ Rename vendor…
        waitFor(() -> robot.lookup("#renameField").tryQuery().isPresent());
        TextField name = robot.lookup("#renameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo(row(table, kept).vendor());
        robot.interact(() -> name.setText("Acme Cloud Ltd"));
        robot.clickOn(button("OK", robot));
        waitFor(() -> row(table, kept) != null && row(table, kept).vendor().equals("Acme Cloud Ltd"));
        waitFor(() -> status.getText().endsWith("to Acme Cloud Ltd."));

        robot.clickOn("#tab-compare");
        ListView<?> portfolio = robot.lookup("#comparePicker").queryAs(ListView.class);
        robot.interact(() -> portfolio.getSelectionModel().selectAll());
        robot.clickOn("#compareButton");
        TableView<?> matrix = robot.lookup("#matrixTable").queryAs(TableView.class);
        waitFor(() -> matrix.getColumns().size() == 3); // the clause, then one column a contract
        robot.clickOn("#tab-contracts");

        select(table, deleted);
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL); // Edit ▸ Delete contract…
        waitFor(() -> robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Delete Globex")).tryQuery().isPresent());
        robot.clickOn(button("OK", robot));
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo(kept);
        waitFor(() -> status.getText().contains("its audits and decisions stay in the trail"));

        robot.clickOn("#tab-compare");
        waitFor(() -> portfolio.getItems().size() == 1);
        assertThat(((ContractRow) portfolio.getItems().get(0)).vendor()).isEqualTo("Acme Cloud Ltd");
        waitFor(() -> matrix.getColumns().stream().noneMatch(c -> c.getGraphic() instanceof Label l
                && l.getText().contains("globex-terms"))); // a matrix shown before the deletion drops its column

        WindowUnderTest.stop(app);
        app = null;
        try (Workbench wb = WorkbenchAssembly.open(dir, db, null)) {
            assertThat(wb.contracts().catalog().trail(kept)).extracting(ContractEvent::action, ContractEvent::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RENAME", "Dana"));
            assertThat(wb.contracts().catalog().trail(deleted)).extracting(ContractEvent::action, ContractEvent::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("DELETE", "Dana"));
            assertThat(wb.decisions().history(deleted, null)).extracting(e -> e.note()).containsExactly("opt-out");
            assertThat(wb.contracts().contracts()).extracting(o -> o.contract().id()).containsExactly(kept);
        }
    }

    private void select(TableView<ContractRow> table, long id) {
        robot.interact(() -> {
            table.getSelectionModel().select(row(table, id));
            table.requestFocus();
        });
    }

    private static ContractRow row(TableView<ContractRow> table, long id) {
        return table.getItems().stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }
}

package com.clearance.app;

import com.clearance.ui.FindingRowProbe;
import com.clearance.ui.WorkbenchApp;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;

import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window on headless Monocle with the real reader, engine and an H2 file: open the sample (import + audit),
 * select a finding, record a decision, restart on the same database file, and the decision is still there.
 */
class WorkbenchUiTest {

    @TempDir
    Path dir;
    private WorkbenchApp app;

    private WorkbenchApp start() throws Exception {
        return WindowUnderTest.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void aDecisionRecordedOnAFindingSurvivesARestart() throws Exception {
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = start();
        Stage stage = FxToolkit.registerPrimaryStage();
        assertThat(stage.getTitle()).contains("Clearance");

        waitFor(() -> robot.lookup("#sampleButton").tryQuery().isPresent());
        robot.clickOn("#sampleButton");
        // the audit screen is built when the sample opens in it
        waitFor(() -> robot.lookup("#findingsTable").tryQuery().isPresent());
        TableView<?> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        waitFor(() -> findings.getItems().size() >= 10 && findings.isVisible());

        int row = FindingRowProbe.firstWithEvidence(findings);
        String clause = FindingRowProbe.clauseId(findings, row);
        robot.interact(() -> findings.getSelectionModel().select(row));
        Label location = robot.lookup("#evidenceLocation").queryAs(Label.class);
        waitFor(() -> location.getText().startsWith("Page "));

        robot.clickOn("#audit-decision-negotiate");
        TextField reviewer = robot.lookup("#audit-reviewerField").queryAs(TextField.class);
        robot.interact(() -> reviewer.setText("Dana Reviewer"));
        robot.clickOn("#audit-noteField").write("Ask for opt-in only");
        robot.clickOn("#audit-saveDecision");
        Label message = robot.lookup("#audit-decisionMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Saved"));
        assertThat(FindingRowProbe.decision(findings, clause)).isEqualTo("negotiate");

        FxToolkit.cleanupApplication(app);
        app = start();
        waitFor(() -> robot.lookup("#sampleButton").tryQuery().isPresent());
        robot.clickOn("#sampleButton");
        // the audit screen is built when the sample opens in it
        waitFor(() -> robot.lookup("#findingsTable").tryQuery().isPresent());
        TableView<?> again = robot.lookup("#findingsTable").queryAs(TableView.class);
        waitFor(() -> again.getItems().size() >= 10);
        assertThat(FindingRowProbe.decision(again, clause)).isEqualTo("negotiate");
        robot.clickOn("#tab-decisions");
        waitFor(() -> robot.lookup("#trailList").queryListView().getItems().size() == 1);
        assertThat(robot.lookup("#trailList").queryListView().getItems().get(0).toString()).contains(clause);
    }
}

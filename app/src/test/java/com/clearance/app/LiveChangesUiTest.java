package com.clearance.app;

import com.clearance.persistence.TestDatabases;
import com.clearance.persistence.TestPostgres;
import com.clearance.ui.FindingRowProbe;
import com.clearance.ui.WorkbenchApp;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision recorded by the command line (another process) appears in an open window without a restart, on the
 * H2 file (polled) and on a team database (LISTEN/NOTIFY), with the quiet status line; the user's selection and the
 * note they are typing stay as they were.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class LiveChangesUiTest {

    @Parameter
    TestDatabases.Backend backend;

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void aDecisionFromTheCommandLineAppearsInTheOpenWindow() throws Exception {
        String db = TestDatabases.create(backend, dir).dbOption();
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir, db);
        waitFor(() -> robot.lookup("#sampleButton").tryQuery().isPresent());
        robot.clickOn("#sampleButton");
        // the audit screen is built when the sample opens in it
        waitFor(() -> robot.lookup("#findingsTable").tryQuery().isPresent());
        TableView<?> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        waitFor(() -> findings.getItems().size() >= 10 && findings.isVisible());
        String mine = FindingRowProbe.clauseId(findings, 0);
        String theirs = FindingRowProbe.clauseId(findings, 1);
        robot.interact(() -> findings.getSelectionModel().select(0));
        TextArea note = robot.lookup("#audit-noteField").queryAs(TextArea.class);
        robot.interact(() -> note.setText("my draft, not saved yet"));

        Process cli = decide(db, theirs);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(new String(cli.getInputStream().readAllBytes())).isZero();
        long recorded = System.nanoTime();

        Label status = robot.lookup("#statusLine").queryAs(Label.class);
        waitFor(() -> "waive".equals(FindingRowProbe.decision(findings, theirs)));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - recorded);
        System.out.printf("LiveChangesUiTest[%s]: the window showed the command line's decision after %d ms%n", backend,
                millis);
        assertThat(millis).isLessThan(5000);
        waitFor(() -> status.getText().equals("Kim recorded a decision on Northwind · " + theirs));
        assertThat(FindingRowProbe.clauseId(findings, findings.getSelectionModel().getSelectedIndex())).isEqualTo(mine);
        assertThat(note.getText()).isEqualTo("my draft, not saved yet");
        robot.clickOn("#tab-decisions");
        waitFor(() -> robot.lookup("#trailList").queryListView().getItems().size() == 1);
        assertThat(robot.lookup("#trailList").queryListView().getItems().get(0).toString()).contains(theirs);
    }

    @Test
    void aSaveOverAColleaguesNewerDecisionIsRefusedAndTheTextIsKept() throws Exception {
        String db = TestDatabases.create(backend, dir).dbOption();
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir, db);
        waitFor(() -> robot.lookup("#sampleButton").tryQuery().isPresent());
        robot.clickOn("#sampleButton");
        // the audit screen is built when the sample opens in it
        waitFor(() -> robot.lookup("#findingsTable").tryQuery().isPresent());
        TableView<?> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        waitFor(() -> findings.getItems().size() >= 10 && findings.isVisible());
        String clause = FindingRowProbe.clauseId(findings, 2);
        robot.interact(() -> findings.getSelectionModel().select(2));
        robot.clickOn("#audit-decision-negotiate");
        robot.interact(() -> robot.lookup("#audit-reviewerField").queryAs(javafx.scene.control.TextField.class)
                .setText("Dana"));
        TextArea note = robot.lookup("#audit-noteField").queryAs(TextArea.class);
        robot.interact(() -> note.setText("ask for opt-in only"));

        Process cli = decide(db, clause);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        waitFor(() -> "waive".equals(FindingRowProbe.decision(findings, clause)));
        assertThat(note.getText()).isEqualTo("ask for opt-in only");

        robot.clickOn("#audit-saveDecision");
        Label message = robot.lookup("#audit-decisionMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Kim changed"));
        assertThat(message.getText()).matches("Kim changed this finding at \\d\\d:\\d\\d: reload to see it");
        assertThat(note.getText()).isEqualTo("ask for opt-in only");
        assertThat(FindingRowProbe.decision(findings, clause)).isEqualTo("waive");

        robot.interact(() -> robot.lookup("#audit-reloadDecision").queryButton().fire());
        waitFor(() -> note.getText().equals("low risk for the pilot"));
        // the colleague's decision is theirs: this window has nothing of its own to undo
        robot.interact(() -> robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().startsWith("Undo my last")).findFirst().orElseThrow().fire());
        waitFor(() -> message.getText().equals("Nothing of yours to undo."));
        assertThat(FindingRowProbe.decision(findings, clause)).isEqualTo("waive");
    }

    /** {@code clearance decide} in a child JVM, as a colleague's script would run it. */
    private Process decide(String db, String clause) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "decide", "Northwind", clause,
                "--kind", "waive", "--note", "low risk for the pilot", "--by", "Kim", "--db", db));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CLEARANCE_HOME", Files.createDirectories(dir.resolve("cli-home")).toString());
        if (backend == TestDatabases.Backend.POSTGRESQL) {
            builder.environment().put("PGPASSFILE", TestPostgres.get().passwordFile().toString());
        }
        return builder.start();
    }
}

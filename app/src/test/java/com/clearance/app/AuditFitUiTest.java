package com.clearance.app;

import com.clearance.ui.WorkbenchApp;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;

import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1280x800 the audit screen shows every clause name and category whole (long ones wrap) and the Save decision
 * button without scrolling; with no finding selected the detail panel says so.
 */
class AuditFitUiTest {

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void clauseNamesCategoriesAndSaveDecisionFitAt1280x800() throws Exception {
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir);
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        waitFor(() -> robot.lookup("#sampleButton").tryQuery().isPresent());
        robot.clickOn("#sampleButton");
        // the audit screen is built when the sample opens in it
        waitFor(() -> robot.lookup("#findingsTable").tryQuery().isPresent());
        TableView<?> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        waitFor(() -> findings.getItems().size() >= 10 && findings.isVisible());
        assertThat(robot.lookup("#rationale").queryLabeled().getText()).startsWith("No finding selected.");

        robot.interact(() -> findings.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        // every clause name and category cell shows its whole text: wrapped, never cut
        Set<Node> cells = robot.from(findings).lookup(".table-cell").queryAll();
        int checked = 0;
        for (Node n : cells) {
            if (n instanceof TableCell<?, ?> cell && cell.getGraphic() instanceof Text text && !text.getText().isEmpty()) {
                assertThat(text.getLayoutBounds().getWidth()).as(text.getText())
                        .isLessThanOrEqualTo(cell.getTableColumn().getWidth());
                assertThat(text.getLayoutBounds().getHeight()).as(text.getText() + " tall enough")
                        .isLessThanOrEqualTo(cell.getHeight() + 0.5);
                checked++;
            }
        }
        assertThat(checked).as("clause and category cells").isGreaterThanOrEqualTo(20);

        ScrollPane detail = robot.lookup("#findingDetail").queryAs(ScrollPane.class);
        Button save = robot.lookup("#audit-saveDecision").queryButton();
        Bounds viewport = detail.localToScene(detail.getLayoutBounds());
        Bounds button = save.localToScene(save.getLayoutBounds());
        assertThat(detail.getContent().getLayoutBounds().getHeight()).as("the details fit: no scrolling")
                .isLessThanOrEqualTo(detail.getViewportBounds().getHeight() + 1);
        assertThat(button.getMaxY()).as("Save decision in view").isLessThanOrEqualTo(viewport.getMaxY());
        assertThat(button.getMaxX()).isLessThanOrEqualTo(viewport.getMaxX());
    }
}

package com.clearance.app;

import com.clearance.ui.WorkbenchApp;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static com.clearance.app.WindowUnderTest.button;
import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The New launch dialog in the real window: every label is shown whole, the team example keeps its lines, a date
 * typed as ISO is taken, and one that is not a date is kept, marked red and named.
 */
class NewLaunchDialogUiTest {

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void labelsAreWholeAndATypedIsoDateIsTaken() throws Exception {
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir);
        WindowUnderTest.openNewLaunchDialog(robot);

        for (String id : new String[]{"#label-name", "#label-feature", "#label-launch-date", "#label-team",
                "#label-vendor-contracts"}) {
            Label label = robot.lookup(id).queryAs(Label.class);
            assertThat(label.getWidth()).as(id + " shown whole").isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
        Label example = robot.lookup("#launchTeamHint").queryAs(Label.class);
        assertThat(example.getText().lines()).containsExactly("For example:", "Ana Ruiz: launch-manager",
                "Ben Okafor: platform");
        assertThat(example.getHeight()).as("three lines tall").isGreaterThan(2.5 * example.getFont().getSize());

        robot.interact(() -> {
            robot.lookup("#launchName").queryAs(TextField.class).setText("inbox");
            robot.lookup("#launchFeature").queryAs(TextField.class).setText("Inbox reply suggestions");
        });
        DatePicker date = robot.lookup("#launchDate").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write("2026-13-45");
        robot.clickOn("#launchFeature"); // leaving the field must not drop what was typed
        assertThat(date.getEditor().getText()).isEqualTo("2026-13-45");
        assertThat(date.getStyleClass()).contains("date-invalid");
        robot.clickOn(button("Create launch", robot));
        Label message = robot.lookup("#newLaunchMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Launch date: '2026-13-45' is not a date"));

        robot.interact(() -> date.getEditor().clear());
        robot.clickOn(date.getEditor()).write("2026-11-02");
        assertThat(date.getStyleClass()).doesNotContain("date-invalid");
        robot.clickOn(button("Create launch", robot));
        ListView<?> launches = robot.lookup("#launchList").queryListView();
        waitFor(() -> launches.getItems().size() == 1);
        assertThat(robot.lookup("#launchHeading").queryAs(Label.class).getText()).contains("launch 2026-11-02");
    }
}

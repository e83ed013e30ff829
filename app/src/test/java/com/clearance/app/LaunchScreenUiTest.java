package com.clearance.app;

import com.clearance.ui.WorkbenchApp;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.clearance.app.WindowUnderTest.button;
import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launches screen in the real window on headless Monocle: create a launch in the dialog, check an item off,
 * import a Jira export and one that needs its columns mapped, then see the tickets, the chart and the surprises.
 */
class LaunchScreenUiTest {

    private static final String JIRA = """
            Issue key,Summary,Description,Created
            K-1,Spend four times the forecast,Token usage way above plan after the campaign,2026-03-03 10:00
            K-2,Bot told a customer the wrong refund window,Wrong answer in a screenshot forwarded to execs,2026-03-04 11:00
            K-3,Cost spike from a runaway agent loop,The agent loop burned the budget overnight,2026-03-25 09:00
            """;
    private static final String OTHER_LAYOUT = """
            Ticket number,Title,Body,Opened
            N-7,Assistant slow every morning,Suggestions take 12 seconds at the 10am peak,2026-03-10 10:00
            """;

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void createALaunchCheckAnItemImportTicketsAndSeeTheSurprises() throws Exception {
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir);

        WindowUnderTest.openNewLaunchDialog(robot);
        robot.interact(() -> {
            robot.lookup("#launchName").queryAs(TextField.class).setText("inbox");
            robot.lookup("#launchFeature").queryAs(TextField.class).setText("Inbox reply suggestions");
            robot.lookup("#launchTeam").queryAs(TextArea.class).setText("Ana Ruiz: launch-manager");
        });
        robot.clickOn(button("Create launch", robot));
        Label problem = robot.lookup("#newLaunchMessage").queryAs(Label.class);
        waitFor(() -> problem.getText().contains("launch date")); // the dialog stays open and says what is missing
        robot.interact(() -> robot.lookup("#launchDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 2)));
        robot.clickOn(button("Create launch", robot));

        ListView<?> launches = robot.lookup("#launchList").queryListView();
        waitFor(() -> launches.getItems().size() == 1);
        Label score = robot.lookup("#readinessScore").queryAs(Label.class);
        waitFor(() -> score.getText().equals("0%"));
        assertThat(robot.lookup("#readinessExplanation").queryAs(Label.class).getText()).contains("weakest phase");
        assertThat(robot.lookup("#launchName").tryQuery()).isEmpty(); // dialog closed

        robot.interact(() -> robot.lookup("#launchUser").queryAs(TextField.class).setText("Ana Ruiz"));
        TableView<?> items = robot.lookup("#itemsTable").queryTableView();
        waitFor(() -> !items.getItems().isEmpty());
        robot.interact(() -> items.getSelectionModel().select(0));
        // the item panel scrolls; fire its button rather than click a point that may be scrolled out of view
        robot.interact(() -> {
            robot.lookup("#itemNote").queryAs(TextField.class).setText("Calendar shared in the wiki");
            robot.lookup("#checkItemButton").queryButton().fire();
        });
        Label message = robot.lookup("#itemMessage").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Checked off"));
        waitFor(() -> robot.lookup("#itemFacts").queryAs(Label.class).getText().contains("Checked by Ana Ruiz"));
        Button undo = robot.lookup("#undoItemButton").queryButton();
        assertThat(undo.isDisabled()).isFalse();
        assertThat(robot.lookup("#itemHistory").queryListView().getItems()).hasSize(1);

        Path jira = Files.writeString(dir.resolve("jira.csv"), JIRA);
        Path other = Files.writeString(dir.resolve("helpdesk.csv"), OTHER_LAYOUT);
        robot.interact(() -> app.window().importTickets(List.of(jira, other)));
        waitFor(() -> robot.lookup("#mapId").tryQuery().isPresent()); // unknown layout: the mapping dialog asks
        robot.clickOn(button("Import", robot));
        Label summary = robot.lookup("#ticketImportSummary").queryAs(Label.class);
        waitFor(() -> summary.getText().startsWith("2 of 2 files imported (4 tickets)"));
        TableView<?> tickets = robot.lookup("#ticketsTable").queryTableView();
        waitFor(() -> tickets.getItems().size() == 4);
        assertThat(tickets.getItems().toString()).contains("N-7").contains("latency");

        robot.clickOn("#tab-expected");
        ListView<?> surprises = robot.lookup("#surprisesList").queryListView();
        waitFor(() -> !surprises.getItems().isEmpty());
        // K-3 is cost in week 4, outside the expected weeks 1..2
        assertThat(surprises.getItems()).anyMatch(s -> s.toString().contains("about \u201CCost spike\u201D in week 4"));
        Node chart = robot.lookup("#expectedChart").query();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = chart.snapshot(null, null));
        assertThat(countColour(image[0], Color.web("#1a4f8b"))).as("bars in expected weeks").isGreaterThan(20);
        assertThat(countColour(image[0], Color.web("#c05600"))).as("hatched bar outside expected weeks").isGreaterThan(5);
        long whiteLight = countColour(image[0], Color.WHITE);

        // dark theme (Ctrl+T): the chart follows it, and the selected launch stays readable
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.T)
                .release(javafx.scene.input.KeyCode.T).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image[0] = chart.snapshot(null, null));
        assertThat(countColour(image[0], Color.web("#26282b"))).as("dark chart background").isGreaterThan(whiteLight / 2);
        assertThat(countColour(image[0], Color.WHITE)).as("no white page left in the dark theme").isLessThan(whiteLight / 20);
        assertThat(countColour(image[0], Color.web("#8ab4f8"))).as("bars in the dark palette").isGreaterThan(20);
        ListView<?> launchList = robot.lookup("#launchList").queryListView();
        Label selectedName = robot.from(launchList).lookup((Node n) -> n instanceof Label l && "inbox".equals(l.getText()))
                .queryAs(Label.class);
        Color text = (Color) selectedName.getTextFill();
        assertThat(text.getBrightness()).as("selected launch name on the selection bar").isGreaterThan(0.85);
    }

    private static long countColour(WritableImage image, Color wanted) {
        PixelReader px = image.getPixelReader();
        long n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = px.getColor(x, y);
                if (Math.abs(c.getRed() - wanted.getRed()) < 0.03 && Math.abs(c.getGreen() - wanted.getGreen()) < 0.03
                        && Math.abs(c.getBlue() - wanted.getBlue()) < 0.03) {
                    n++;
                }
            }
        }
        return n;
    }
}

package com.clearance.app;

import com.clearance.service.StartupBenchData;
import com.clearance.ui.WorkbenchApp;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the window does at start with a portfolio larger than a page: only the contracts screen is built (the others
 * when first shown), and the contracts table shows one page of 100 with a pager to the rest.
 */
class StartUiTest {

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void onlyTheContractsScreenIsBuiltAndItsTablePagesThroughEveryContract() throws Exception {
        StartupBenchData.seed(dir, dir.resolve("clearance"), 130);
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir);
        waitFor(() -> robot.lookup("#contractsPager-range").tryQuery().isPresent());
        Label range = robot.lookup("#contractsPager-range").queryAs(Label.class);
        waitFor(() -> range.getText().equals("1–100 of 130 · page 1 of 2"));

        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        List<Tab> all = tabs.getTabs();
        assertThat(all).hasSize(6);
        assertThat(all.get(0).getContent()).as("the contracts screen").isNotNull();
        assertThat(all.subList(1, 6)).as("screens not shown yet are not built").allMatch(t -> t.getContent() == null);

        TableView<?> table = robot.lookup("#contractsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(100);
        Button next = robot.lookup("#contractsPager-next").queryButton();
        robot.interact(next::fire);
        assertThat(table.getItems()).hasSize(30);
        assertThat(range.getText()).isEqualTo("101–130 of 130 · page 2 of 2");
        assertThat(next.isDisabled()).as("no page after the last").isTrue();

        robot.clickOn("#tab-launches");
        waitFor(() -> robot.lookup("#launchList").tryQuery().isPresent());
        assertThat(all.get(5).getContent()).isNotNull();
        assertThat(all.get(1).getContent()).as("the audit screen, still not shown").isNull();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

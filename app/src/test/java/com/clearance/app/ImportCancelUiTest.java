package com.clearance.app;

import com.clearance.service.SyntheticContractPdf;
import com.clearance.ui.ImportItem;
import com.clearance.ui.WorkbenchApp;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long PDF import in the real window: progress says which page is being read, Ctrl+Q asks before quitting (and
 * "keep importing" keeps it going), and Cancel stops it: nothing is stored and the window stays on the import list.
 */
class ImportCancelUiTest {

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void ctrlQAsksFirstAndCancelStopsTheImportWithNothingStored() throws Exception {
        WindowUnderTest.usePrivatePreferences();
        Path pdf = new SyntheticContractPdf().write(dir.resolve("long-terms.pdf"), 400);
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir);
        waitFor(30, () -> robot.lookup("#contractsTable").tryQuery().isPresent());
        TableView<?> contracts = robot.lookup("#contractsTable").queryAs(TableView.class);
        ListView<?> imports = robot.lookup("#importList").queryListView();

        robot.interact(() -> app.window().importFiles(List.of(pdf)));
        waitFor(30, () -> message(imports).matches("reading page [\\d,]+ of 400"));

        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        waitFor(30, () -> robot.lookup("#quitDuringImport").tryQuery().isPresent());
        DialogPane ask = robot.lookup("#quitDuringImport").queryAs(DialogPane.class);
        Button keep = (Button) ask.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(ask::lookupButton).findFirst().orElseThrow();
        robot.clickOn(keep);
        assertThat(robot.lookup("#cancelImport").queryButton().isDisabled()).as("still importing").isFalse();

        robot.clickOn("#cancelImport");
        long clicked = System.nanoTime();
        waitFor(30, () -> robot.lookup("#cancelImport").queryButton().isDisabled());
        long millis = (System.nanoTime() - clicked) / 1_000_000;

        assertThat(millis).isLessThan(1500); // a second for the worker, the rest for the event queue
        assertThat(message(imports)).isEqualTo("cancelled; nothing was stored");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(contracts.getItems()).isEmpty();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-contracts");
    }

    private static String message(ListView<?> imports) {
        return imports.getItems().isEmpty() ? "" : ((ImportItem) imports.getItems().get(0)).messageProperty().get();
    }
}

package com.clearance.ui;

import com.clearance.app.WorkbenchAssembly;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ocr.Tesseract;
import com.clearance.service.ScannedCopy;
import com.clearance.service.TypedCopy;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real window on headless Monocle with a scanned contract of our own: selecting a finding shows its original
 * page with the evidence boxed and says it was read by OCR; zoom redraws the page larger; Ctrl+F finds text and
 * jumps between hits, and the page follows the hit.
 */
class ScannedPageUiTest {

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        Preferences.userRoot().node(System.getProperty("clearance.prefsNode")).removeNode();
    }

    @Test
    void aScannedFindingShowsItsPageWithTheEvidenceBoxedAndSearchJumpsBetweenHits() throws Exception {
        assumeTrue(Tesseract.configured().available(), "Tesseract is not installed; skipping");
        Path fixture = Path.of(System.getProperty("clearance.repoRoot", ".."))
                .resolve("app/src/test/resources/eval/fixtures/order-form-apex.txt");
        Path typed = new TypedCopy().write(new ContractReader().extract(fixture).blocks(), dir.resolve("apex.pdf"));
        Path scan = new ScannedCopy().write(typed, dir.resolve("apex-scan.pdf"));
        System.setProperty("clearance.prefsNode", "clearance-test/" + System.nanoTime());
        FxToolkit.registerPrimaryStage();
        WorkbenchApp started = new WorkbenchApp(() -> WorkbenchAssembly.open(dir, dir.resolve("clearance"), null));
        FxToolkit.setupApplication(() -> started);
        app = started;
        FxRobot robot = new FxRobot();
        waitFor(() -> started.window() != null && started.window().contracts() != null
                && started.window().audit() != null);
        MainWindow w = app.window();

        robot.interact(() -> w.importFiles(List.of(scan)));
        waitFor(() -> !w.contracts().importingProperty().get() && !w.contracts().allRows().isEmpty());
        long id = w.contracts().allRows().get(0).id();
        robot.interact(() -> w.openAudit(id));
        waitFor(() -> !w.audit().allRows().isEmpty());
        robot.interact(() -> w.audit().select("training-use"));

        Label location = robot.lookup("#evidenceLocation").queryAs(Label.class);
        waitFor(() -> location.getText().contains("read by OCR"));
        ImageView page = robot.lookup("#pageImage").queryAs(ImageView.class);
        Pane boxes = robot.lookup("#pageHighlights").queryAs(Pane.class);
        waitFor(() -> page.getImage() != null && !boxes.getChildren().isEmpty());
        assertThat(robot.lookup("#pageNote").queryAs(Label.class).getText()).contains("was read by OCR");
        double width = page.getImage().getWidth();

        robot.interact(() -> w.audit().pageView().zoomIn());
        waitFor(() -> page.getImage() != null && page.getImage().getWidth() > width * 1.2);
        assertThat(robot.lookup("#pageCaption").queryAs(Label.class).getText()).contains("125%");

        robot.interact(() -> w.focusSearch());
        TextField search = robot.lookup("#documentSearch").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        robot.write("Customer");
        Label status = robot.lookup("#searchStatus").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("1 of "));
        int total = Integer.parseInt(status.getText().substring("1 of ".length()));
        assertThat(total).isGreaterThan(1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> status.getText().equals("2 of " + total));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        waitFor(() -> status.getText().equals("1 of " + total));
        assertThat(w.audit().paragraphs()).anyMatch(p -> p.highlights().stream()
                .anyMatch(r -> r.style().equals("search-current")));
        waitFor(() -> page.getImage() != null);
        assertThat(w.audit().pageView().pageProperty().get()).isEqualTo(1);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

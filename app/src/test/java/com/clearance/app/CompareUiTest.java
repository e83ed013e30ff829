package com.clearance.app;

import com.clearance.service.CancellationToken;
import com.clearance.service.ProgressListener;
import com.clearance.service.Workbench;
import com.clearance.ui.WorkbenchApp;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.clearance.app.WindowUnderTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the real window on headless Monocle: File ▸ Export has the redline with its shortcut, and Compare shows the
 * deciding sentences of two versions side by side with the changed words marked.
 */
class CompareUiTest {

    private static final String V1 = """
            # Acme Services Agreement

            Effective Date: January 15, 2026 | Version 1.0

            ## 1. Customer Data

            1.1 Provider may use Customer Content, including prompts and outputs, to train and improve its models and services.

            ## 2. Security

            2.1 Provider will notify Customer of any Security Incident within 48 hours of becoming aware of it.
            """;

    @TempDir
    Path dir;
    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void theRedlineIsOnTheExportMenuAndCompareShowsTheWordsThatChanged() throws Exception {
        Path v1 = Files.writeString(dir.resolve("acme-2026-01.md"), V1);
        Path v2 = Files.writeString(dir.resolve("acme-2026-06.md"), V1.replace(
                "Provider may use Customer Content, including prompts and outputs, to train and improve its models and services.",
                "Provider will not use Customer Content, including prompts and outputs, to train or improve any models.")
                .replace("Effective Date: January 15, 2026 | Version 1.0", "Last updated 1 June 2026 | Version 2.0"));
        try (Workbench wb = WorkbenchAssembly.open(dir, dir.resolve("clearance"), null)) {
            wb.contracts().importFiles(List.of(v1, v2), ProgressListener.NONE, CancellationToken.none());
        }
        WindowUnderTest.usePrivatePreferences();
        FxRobot robot = new FxRobot();
        app = WindowUnderTest.start(dir);

        waitFor(() -> robot.lookup("#tab-compare").tryQuery().isPresent());
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, items));
        assertThat(items).anySatisfy(i -> {
            assertThat(i.getText()).contains("Redline");
            assertThat(i.getAccelerator()).isNotNull();
            assertThat(i.getAccelerator().getName()).contains("W");
        });

        // the menu's popup nodes can still be leaving the scene graph; click once every match is on screen
        waitFor(() -> robot.lookup("#tab-compare").queryAll().stream().allMatch(n -> n.getScene() != null));
        robot.clickOn("#tab-compare");
        ListView<?> picker = robot.lookup("#comparePicker").queryAs(ListView.class);
        waitFor(() -> picker.getItems().size() == 2);
        robot.interact(() -> picker.getSelectionModel().selectAll());
        robot.clickOn("#compareButton");
        TableView<?> moves = robot.lookup("#movementsTable").queryAs(TableView.class);
        waitFor(() -> !moves.getItems().isEmpty());
        int training = -1;
        for (int i = 0; i < moves.getItems().size(); i++) {
            if (moves.getItems().get(i).toString().contains("training-use")) {
                training = i;
            }
        }
        assertThat(training).isNotNegative();
        int row = training;
        robot.interact(() -> moves.getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane pane = robot.lookup("#wordingPane").queryAs(ScrollPane.class);
        List<Text> texts = new ArrayList<>();
        robot.interact(() -> texts(pane.getContent(), texts));
        assertThat(texts).anyMatch(t -> t.getStyleClass().contains("word-removed") && t.getText().contains("may"));
        assertThat(texts).anyMatch(t -> t.getStyleClass().contains("word-added") && t.getText().contains("will not"));
        assertThat(texts.stream().map(Text::getText).reduce("", String::concat)).contains("to train");
        // the headers carry the dates and versions the documents state, not the day they were imported
        Label header = robot.lookup("#wordingHeader").queryAs(Label.class);
        assertThat(header.getText()).contains("acme-2026-01.md (effective 15 Jan 2026 \u00B7 version 1.0)",
                "acme-2026-06.md (updated 1 Jun 2026 \u00B7 version 2.0)").doesNotContain("imported");
        TableView<?> matrix = robot.lookup("#matrixTable").queryAs(TableView.class);
        assertThat(matrix.getColumns().stream().map(c -> c.getGraphic() instanceof Label l ? l.getText() : ""))
                .anyMatch(t -> t.contains("effective 15 Jan 2026")).anyMatch(t -> t.contains("version 2.0"));

        String samples = System.getProperty("clearance.samples");
        if (samples != null) {
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = pane.getScene().getRoot().snapshot(null, null));
            Files.createDirectories(Path.of(samples));
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", Path.of(samples, "compare-wording.png").toFile());
        }
    }

    private static void collect(MenuItem item, List<MenuItem> out) {
        out.add(item);
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> collect(i, out));
        }
    }

    private static void texts(Node node, List<Text> out) {
        if (node instanceof Text t) {
            out.add(t);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }
}

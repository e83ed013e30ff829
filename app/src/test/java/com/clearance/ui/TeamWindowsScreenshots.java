package com.clearance.ui;

import com.clearance.app.WorkbenchAssemblyAccess;
import com.clearance.domain.DecisionKind;
import com.clearance.persistence.TestDatabases;
import com.clearance.service.Workbench;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two reviewers, each with a window open on one team database (two sessions, as two laptops would have): Kim
 * imports the sample, Dana sees it arrive, both decide on the same finding, Dana's save over Kim's newer decision is
 * refused with her text kept. Makes pictures, not a check (the behaviour is tested in LiveChangesUiTest), so the
 * build does not run it (its name does not end in Test); run it with
 * {@code mvn -o test -pl app -Dtest=TeamWindowsScreenshots -Dclearance.teamScreenshots=$PWD/docs/screenshots}.
 */
class TeamWindowsScreenshots {

    @TempDir
    Path dir;

    @Test
    void twoReviewersOnOneTeamDatabase() throws Exception {
        String out = System.getProperty("clearance.teamScreenshots");
        assumeTrue(out != null && !out.isBlank(), "set -Dclearance.teamScreenshots=DIR to make the team screenshots");
        String db = TestDatabases.create(TestDatabases.Backend.POSTGRESQL, dir).dbOption();
        FxToolkit.registerPrimaryStage();
        MainWindow kim = window("Kim", db, 0);
        MainWindow dana = window("Dana", db, 1);

        Platform.runLater(kim::openSample);
        waitFor(() -> kim.audit().contractIdProperty().get() != null && !kim.audit().allRows().isEmpty());
        waitFor(() -> !dana.contracts().allRows().isEmpty()); // arrived in Dana's window by NOTIFY
        long id = kim.audit().contractIdProperty().get();
        Platform.runLater(() -> dana.openAudit(id));
        waitFor(() -> dana.audit().allRows().size() >= 10);
        FindingRow training = dana.audit().allRows().stream().filter(r -> r.clauseId().equals("training-use"))
                .findFirst().orElseThrow();
        Platform.runLater(() -> {
            dana.audit().selectedProperty().set(training);
            dana.decisions().choiceProperty().set(DecisionKind.NEGOTIATE);
            dana.decisions().noteProperty().set("Ask for opt-in only: no training on our data without a signed"
                    + " amendment.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> {
            FindingRow row = kim.audit().allRows().stream().filter(r -> r.clauseId().equals("training-use"))
                    .findFirst().orElseThrow();
            kim.audit().selectedProperty().set(row);
            kim.decisions().choiceProperty().set(DecisionKind.WAIVE);
            kim.decisions().noteProperty().set("Pilot only, no customer data in scope.");
            kim.decisions().save();
        });
        waitFor(() -> "waive".equals(dana.audit().allRows().stream().filter(r -> r.clauseId().equals("training-use"))
                .findFirst().orElseThrow().decisionText()));
        Platform.runLater(() -> dana.decisions().save());
        waitFor(() -> dana.decisions().messageProperty().get().startsWith("Kim changed this finding"));
        Platform.runLater(() -> {
            kim.showTab(2);
            dana.showTab(2);
        });
        // Dana's session records a decision on another finding: Kim's window shows it
        dana.workbench().decisions().record(id, "data-residency", DecisionKind.NEGOTIATE, "EU hosting in the order form",
                "Dana");
        waitFor(() -> kim.status().getText().startsWith("Dana recorded a decision"));
        waitFor(() -> kim.decisions().trail().size() == 2);
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(Path.of(out));
        shoot(dana, Path.of(out, "team-dana.png"));
        shoot(kim, Path.of(out, "team-kim.png"));
        assertThat(dana.decisions().noteProperty().get()).startsWith("Ask for opt-in only");
    }

    private MainWindow window(String reviewer, String db, int index) throws Exception {
        Preferences node = Preferences.userRoot().node("clearance-test/team-" + reviewer + System.nanoTime());
        node.put("reviewer", reviewer);
        node.putDouble("width", 1280);
        node.putDouble("height", 800);
        Workbench wb = WorkbenchAssemblyAccess.open(dir.resolve(reviewer), db);
        MainWindow[] made = new MainWindow[1];
        Stage stage = index == 0 ? FxToolkit.registerPrimaryStage() : FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            MainWindow w = new MainWindow(stage, new WorkbenchPreferences(node), new FxBackgroundTasks(), null);
            w.show();
            stage.setTitle("Clearance — " + reviewer);
            w.attach(wb);
            made[0] = w;
        });
        return made[0];
    }

    private static void shoot(MainWindow w, Path file) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(w.stage().getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

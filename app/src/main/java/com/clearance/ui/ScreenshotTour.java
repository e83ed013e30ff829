package com.clearance.ui;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.Status;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A hidden startup mode (-Dclearance.screenshotTour=DIR) that drives the real window through each screen and writes a
 * PNG of each, for the documentation. Files named in -Dclearance.tourFiles (path-separated) are imported first.
 */
final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);

    private final MainWindow w;
    private final Path dir;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    ScreenshotTour(MainWindow w, Path dir) {
        this.w = w;
        this.dir = dir;
    }

    void start() {
        // -Dclearance.tourSize=1280x800 and -Dclearance.tourTheme=dark: the documentation's sizes and both themes
        String size = System.getProperty("clearance.tourSize", "");
        String theme = System.getProperty("clearance.tourTheme", "");
        if (size.matches("\\d+x\\d+") || !theme.isBlank()) {
            then(() -> {
                if (size.matches("\\d+x\\d+")) {
                    String[] wh = size.split("x");
                    w.stage().setMaximized(false);
                    w.stage().setWidth(Double.parseDouble(wh[0]));
                    w.stage().setHeight(Double.parseDouble(wh[1]));
                }
                if (!theme.isBlank()) {
                    w.applyTheme(theme);
                }
            });
        }
        String files = System.getProperty("clearance.tourFiles", "");
        List<Path> toImport = new java.util.ArrayList<>(Arrays.stream(files.split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList());
        if (!toImport.isEmpty()) {
            toImport.add(notAnAgreement()); // the import list then shows a refused non-agreement
            then(() -> w.importFiles(toImport));
            waitFor(() -> !w.contracts().importingProperty().get() && !w.contracts().allRows().isEmpty());
        }
        then(w::openSample);
        waitFor(() -> w.audit().contractIdProperty().get() != null && !w.audit().allRows().isEmpty());
        then(() -> w.showTab(0));
        shot("contracts");
        then(() -> {
            List<FindingRow> rows = List.copyOf(w.audit().allRows());
            FindingRow weak = rows.stream().filter(r -> r.status() == Status.WEAK && !r.finding().evidence().isEmpty())
                    .findFirst().orElse(rows.get(0));
            FindingRow adverse = rows.stream().filter(r -> r.status() == Status.ADVERSE).findFirst().orElse(weak);
            w.decisions().reviewerProperty().set("Ana Ruiz"); // a person, not the login name of the machine
            decide(adverse, DecisionKind.NEGOTIATE, "Must change before signature: ask for the preferred language.");
            decide(weak, DecisionKind.WAIVE, "Low risk for the pilot.");
            decide(weak, DecisionKind.NEGOTIATE, "On reflection: ask for an opt-in instead of an opt-out.");
            w.showTab(1);
        });
        shot("audit");
        then(() -> w.showTab(2));
        shot("decisions");
        then(() -> {
            w.showTab(3);
            List<ContractRow> rows = w.contracts().allRows().stream().filter(r -> !r.document().equals(
                    com.clearance.service.SampleContract.FILE_NAME)).toList();
            List<ContractRow> chosen = rows.size() >= 2 ? rows : List.copyOf(w.contracts().allRows());
            w.compareView().picker.getSelectionModel().clearSelection();
            chosen.forEach(r -> w.compareView().picker.getSelectionModel().select(r));
            w.compare().compare(chosen);
        });
        shot("compare");
        then(() -> {
            w.showTab(4);
            if (!w.library().clauses().isEmpty()) {
                w.library().selectedProperty().set(w.library().clauses().get(0));
            }
        });
        shot("library");
        then(() -> w.contracts().allRows().stream().filter(r -> r.document().endsWith(".pdf")).findFirst()
                .ifPresent(r -> w.openAudit(r.id())));
        waitFor(() -> w.audit().headingProperty().get().contains(".pdf") || w.contracts().allRows().stream()
                .noneMatch(r -> r.document().endsWith(".pdf")));
        then(() -> w.audit().allRows().stream().filter(r -> r.finding().evidence().stream().anyMatch(e -> e.page() > 1))
                .findFirst().ifPresent(w.audit().selectedProperty()::set));
        shot("audit-pdf");
        // a scanned contract among the tour files: its finding with the page image and the evidence boxed
        then(() -> w.contracts().allRows().stream().filter(r -> r.document().contains("scan")).findFirst()
                .ifPresent(r -> w.openAudit(r.id())));
        waitFor(() -> w.audit().headingProperty().get().contains("scan") || w.contracts().allRows().stream()
                .noneMatch(r -> r.document().contains("scan")));
        then(() -> w.audit().allRows().stream().filter(r -> r.finding().evidence().stream().anyMatch(e -> e.page() > 1))
                .findFirst().or(() -> w.audit().allRows().stream().filter(r -> !r.finding().evidence().isEmpty())
                        .findFirst()).ifPresent(w.audit().selectedProperty()::set));
        waitFor(() -> w.audit().pageView().imageProperty().get() != null);
        shot("audit-scan");
        new LaunchTour(this, w).addSteps();
        String themeBefore = w.theme();
        then(() -> {
            w.applyTheme("dark");
            w.showTab(1);
        });
        shot("audit-dark");
        then(() -> {
            w.applyTheme(themeBefore);
            Platform.exit();
        });
        next();
    }

    /** A short page of release notes we wrote: prose without a single term, which Clearance does not take in. */
    private static Path notAnAgreement() {
        try {
            Path notes = Files.createTempDirectory("clearance-tour").resolve("release-notes.txt");
            return Files.writeString(notes, "What's new in November. The assistant now drafts replies in French and"
                    + " German. Drafts appear faster on long threads. Thanks to everyone who sent feedback.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void decide(FindingRow row, DecisionKind kind, String note) {
        w.audit().selectedProperty().set(row);
        w.decisions().choiceProperty().set(kind);
        w.decisions().noteProperty().set(note);
        w.decisions().save();
    }

    void then(Runnable r) {
        steps.add(() -> {
            r.run();
            pauseThenNext(700);
        });
    }

    void waitFor(BooleanSupplier condition) {
        steps.add(new Runnable() {
            int tries;

            @Override
            public void run() {
                if (condition.getAsBoolean() || ++tries > 300) {
                    pauseThenNext(300);
                } else {
                    steps.addFirst(this);
                    pauseThenNext(200);
                }
            }
        });
    }

    void shot(String name) {
        shotOf(name, () -> w.stage().getScene());
    }

    /** A picture of another window's scene (a dialog). */
    void shotOf(String name, java.util.function.Supplier<javafx.scene.Scene> scene) {
        steps.add(() -> {
            try {
                Files.createDirectories(dir);
                WritableImage image = scene.get().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
                LOG.info("Screenshot {} written", name);
            } catch (IOException e) {
                LOG.error("Screenshot {} failed", name, e);
            }
            pauseThenNext(100);
        });
    }

    private void pauseThenNext(double millis) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> next());
        p.play();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step != null) {
            step.run();
        }
    }
}

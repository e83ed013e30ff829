package com.clearance.ui;

import com.clearance.domain.TextRegion;
import com.clearance.ingest.ImportException;
import com.clearance.ingest.PageImages;
import com.clearance.service.Workbench;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.util.List;
import java.util.function.Consumer;

/**
 * The original page beside the finding: which page of the open contract is shown, at what zoom, with which boxes
 * highlighted (the evidence sentence's lines, or the search hit's). Pages are drawn in the background from the
 * original PDF; a contract that is not a PDF, or whose file is gone, shows one plain sentence instead.
 */
public final class PageViewModel {

    /** Zoom 1.0 draws the page at 96 dpi, a screen's actual size. */
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;
    private static final double SCREEN_DPI = 96;

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;

    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObservableList<TextRegion> highlights = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("The page image appears here.");
    private final StringProperty note = new SimpleStringProperty("");
    private Long contractId;
    private int requested;

    public PageViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
    }

    public ObjectProperty<Image> imageProperty() { return image; }
    public IntegerProperty pageProperty() { return page; }
    public IntegerProperty pageCountProperty() { return pageCount; }
    public DoubleProperty zoomProperty() { return zoom; }
    /** The boxes drawn over the page, in fractions of its size. */
    public ObservableList<TextRegion> highlights() { return highlights; }
    /** Shown instead of the page when there is none to show; "" while a page is shown. */
    public StringProperty messageProperty() { return message; }
    /** What to know about the shown page: read by OCR and how well, or a poor scan. */
    public StringProperty noteProperty() { return note; }

    public String caption() {
        return page.get() <= 0 ? "" : page.get() + " of " + pageCount.get() + " · " + Math.round(zoom.get() * 100)
                + "%";
    }

    /** Forgets the shown page (a contract was closed or another opened). */
    public void clear(Long contract) {
        contractId = contract;
        image.set(null);
        page.set(0);
        pageCount.set(0);
        highlights.clear();
        note.set("");
        message.set(contract == null ? "The page image appears here." : "Loading the page…");
    }

    /** Shows {@code number} of the open contract with {@code boxes} (those on other pages are left out). */
    public void show(int number, List<TextRegion> boxes, String pageNote) {
        highlights.setAll(boxes.stream().filter(r -> r.page() == number).toList());
        note.set(pageNote == null ? "" : pageNote);
        load(number);
    }

    public void nextPage() {
        if (page.get() > 0 && page.get() < pageCount.get()) {
            highlights.clear();
            load(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 1) {
            highlights.clear();
            load(page.get() - 1);
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() * 1.25);
    }

    public void zoomOut() {
        setZoom(zoom.get() / 1.25);
    }

    public void actualSize() {
        setZoom(1.0);
    }

    private void setZoom(double value) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        if (Math.abs(clamped - zoom.get()) > 1e-6) {
            zoom.set(clamped);
            if (page.get() > 0) {
                load(page.get());
            }
        }
    }

    private record Drawn(PageImages.Page page, String problem) { }

    private void load(int number) {
        Long id = contractId;
        if (id == null) {
            return;
        }
        int ticket = ++requested;
        float dpi = (float) (SCREEN_DPI * zoom.get());
        tasks.run(() -> {
            try {
                return new Drawn(workbench.contracts().pageImage(id, number, dpi), null);
            } catch (ImportException e) {
                return new Drawn(null, e.getMessage());
            }
        }, drawn -> {
            if (ticket != requested || !id.equals(contractId)) {
                return; // a later request (another page, zoom or contract) wins
            }
            if (drawn.problem() != null) {
                image.set(null);
                page.set(0);
                message.set(drawn.problem());
                return;
            }
            pageCount.set(drawn.page().pageCount());
            page.set(drawn.page().number());
            image.set(SwingFXUtils.toFXImage(drawn.page().image(), null));
            message.set("");
        }, onError);
    }
}

package com.clearance.ui;

import com.clearance.domain.TextRegion;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The original page with the evidence boxes drawn over it, page and zoom controls above. */
final class PageView {

    private final PageViewModel vm;
    final ImageView imageView = new ImageView();
    final Pane overlay = new Pane();
    final ScrollPane scroll = new ScrollPane();

    PageView(PageViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        Label caption = new Label();
        caption.setId("pageCaption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.textProperty().bind(Bindings.createStringBinding(vm::caption, vm.pageProperty(),
                vm.pageCountProperty(), vm.zoomProperty()));
        Button previous = button("◀", "Previous page (Page Up)", vm::previousPage, "pagePrevious");
        Button next = button("▶", "Next page (Page Down)", vm::nextPage, "pageNext");
        Button out = button("−", "Zoom out (Ctrl+-)", vm::zoomOut, "zoomOut");
        Button in = button("+", "Zoom in (Ctrl+=)", vm::zoomIn, "zoomIn");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, AuditView.title("Page"), spacer, caption, previous, next, out, in);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("pageNote");
        note.setWrapText(true);
        note.getStyleClass().add("page-note");
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(vm.noteProperty());
        note.visibleProperty().bind(vm.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        imageView.setId("pageImage");
        imageView.imageProperty().bind(vm.imageProperty());
        overlay.setId("pageHighlights");
        overlay.setMouseTransparent(true);
        StackPane stack = new StackPane(imageView, overlay);
        stack.setAlignment(Pos.TOP_LEFT);
        Label message = new Label();
        message.setId("pageMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.setPadding(new Insets(12));
        scroll.setContent(new Group(stack));
        scroll.setPannable(true);
        scroll.setId("pageScroll");
        scroll.setFocusTraversable(true);
        scroll.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                vm.nextPage();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                vm.previousPage();
                e.consume();
            }
        });
        vm.imageProperty().addListener((o, a, b) -> redraw());
        vm.highlights().addListener((javafx.collections.ListChangeListener<TextRegion>) c -> redraw());
        redraw(); // the screen is built when first shown, perhaps after its page was chosen
        StackPane body = new StackPane(scroll, message);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox box = new VBox(6, bar, note, body);
        box.setPadding(new Insets(0, 8, 4, 8));
        return new BorderPane(box);
    }

    private static Button button(String text, String tip, Runnable action, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setAccessibleText(tip);
        return b;
    }

    /** Boxes in page fractions become rectangles over the image as drawn; the first one is scrolled into view. */
    private void redraw() {
        overlay.getChildren().clear();
        var image = vm.imageProperty().get();
        if (image == null) {
            return;
        }
        double w = image.getWidth();
        double h = image.getHeight();
        overlay.setPrefSize(w, h);
        double pad = 2;
        for (TextRegion r : vm.highlights()) {
            Rectangle box = new Rectangle(r.x() * w - pad, r.y() * h - pad, r.width() * w + 2 * pad,
                    r.height() * h + 2 * pad);
            box.getStyleClass().add("page-highlight");
            overlay.getChildren().add(box);
        }
        if (!vm.highlights().isEmpty()) {
            TextRegion first = vm.highlights().get(0);
            javafx.application.Platform.runLater(() -> {
                double viewport = scroll.getViewportBounds().getHeight();
                double y = first.y() * h - viewport / 3;
                scroll.setVvalue(h <= viewport ? 0 : Math.max(0, Math.min(1, y / (h - viewport))));
                double vw = scroll.getViewportBounds().getWidth();
                double x = first.x() * w - 60;
                scroll.setHvalue(w <= vw ? 0 : Math.max(0, Math.min(1, x / (w - vw))));
            });
        }
    }
}

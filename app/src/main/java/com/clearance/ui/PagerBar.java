package com.clearance.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Under a paged table: which rows show, and buttons to the first, previous, next and last page. */
final class PagerBar {

    private PagerBar() {
    }

    /**
     * {@code complete} false adds "reading the others…" while a long list is still arriving; {@code idPrefix} names
     * the buttons for tests (idPrefix-next and so on).
     */
    static HBox build(PagedList<?> pages, ObservableBooleanValue complete, String idPrefix) {
        Button first = button("«", "First page", idPrefix + "-first", () -> pages.pageIndexProperty().set(0));
        Button previous = button("◀", "Previous page", idPrefix + "-previous",
                () -> pages.pageIndexProperty().set(pages.pageIndexProperty().get() - 1));
        Button next = button("▶", "Next page", idPrefix + "-next",
                () -> pages.pageIndexProperty().set(pages.pageIndexProperty().get() + 1));
        Button last = button("»", "Last page", idPrefix + "-last",
                () -> pages.pageIndexProperty().set(pages.pageCountProperty().get() - 1));
        first.disableProperty().bind(pages.pageIndexProperty().isEqualTo(0));
        previous.disableProperty().bind(first.disableProperty());
        next.disableProperty().bind(pages.pageIndexProperty().greaterThanOrEqualTo(
                pages.pageCountProperty().subtract(1)));
        last.disableProperty().bind(next.disableProperty());
        Label where = new Label();
        where.setId(idPrefix + "-range");
        where.textProperty().bind(Bindings.createStringBinding(() -> describe(pages, complete.get()),
                pages.rangeProperty(), pages.pageCountProperty(), pages.pageIndexProperty(), complete));
        HBox bar = new HBox(6, first, previous, where, next, last);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("pager-bar");
        // one page and nothing more to come: the bar would only say what the table shows
        bar.visibleProperty().bind(pages.pageCountProperty().greaterThan(1).or(
                Bindings.createBooleanBinding(() -> !complete.get(), complete)));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static String describe(PagedList<?> pages, boolean complete) {
        String range = pages.rangeProperty().get();
        String page = "page " + (pages.pageIndexProperty().get() + 1) + " of " + pages.pageCountProperty().get();
        return range + " · " + page + (complete ? "" : " · reading the others…");
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}

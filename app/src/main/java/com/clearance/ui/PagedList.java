package com.clearance.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One page of a (filtered, sorted) list at a time, for a table: a table of thousands of contracts shows a page of
 * them, and search and sorting still work on all of them because they act on the source list, before paging.
 */
final class PagedList<T> {

    private final ObservableList<T> source;
    private final int pageSize;
    private final ObservableList<T> page = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final IntegerBinding pageCount;
    private final StringBinding range;

    PagedList(ObservableList<T> source, int pageSize) {
        this.source = source;
        this.pageSize = pageSize;
        pageCount = Bindings.createIntegerBinding(() -> Math.max(1, (source.size() + pageSize - 1) / pageSize), source);
        range = Bindings.createStringBinding(this::describe, source, pageIndex);
        source.addListener((ListChangeListener<T>) c -> fill());
        pageIndex.addListener((o, a, b) -> fill());
        fill();
    }

    /** The rows of the current page (what the table shows). */
    ObservableList<T> rows() { return page; }

    /** The current page, from 0; set it to turn the page (clamped to the pages there are). */
    IntegerProperty pageIndexProperty() { return pageIndex; }

    /** How many pages the source fills (at least one, so an empty list still has a page to show). */
    IntegerBinding pageCountProperty() { return pageCount; }

    /** "101–200 of 2,000"; empty when the source is. */
    StringBinding rangeProperty() { return range; }

    int pageSize() { return pageSize; }

    private void fill() {
        int last = pageCount.get() - 1;
        if (pageIndex.get() > last || pageIndex.get() < 0) {
            pageIndex.set(Math.max(0, Math.min(pageIndex.get(), last))); // fills again through the listener
            return;
        }
        int from = pageIndex.get() * pageSize;
        java.util.List<T> rows = source.subList(Math.min(from, source.size()), Math.min(from + pageSize, source.size()));
        if (!page.equals(rows)) {
            page.setAll(rows); // only on a real change: rows arriving for later pages keep this page's selection
        }
    }

    private String describe() {
        if (source.isEmpty()) {
            return "";
        }
        int from = pageIndex.get() * pageSize;
        return String.format("%,d–%,d of %,d", from + 1, Math.min(from + pageSize, source.size()), source.size());
    }
}

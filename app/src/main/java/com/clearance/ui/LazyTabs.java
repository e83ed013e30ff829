package com.clearance.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The window's screens as tabs whose content is built the first time each is shown. Building all six at start cost
 * the window most of a second before the contracts list could appear; a screen nobody opens now costs nothing.
 */
final class LazyTabs {

    /** A screen: its tab's name and how to build its content. */
    record Screen(String name, Supplier<Node> content) {
    }

    private final TabPane pane;
    private final Map<Tab, Supplier<Node>> unbuilt = new HashMap<>();

    LazyTabs(TabPane pane) {
        this.pane = pane;
        pane.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> build(now));
    }

    /** Replaces the tabs (a database was opened); only the selected one is built now. */
    void setAll(List<Screen> screens) {
        unbuilt.clear();
        List<Tab> tabs = screens.stream().map(s -> {
            Tab t = new Tab(s.name());
            t.setId("tab-" + s.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            unbuilt.put(t, s.content());
            return t;
        }).toList();
        pane.getTabs().setAll(tabs);
        build(pane.getSelectionModel().getSelectedItem());
    }

    /** Whether the tab at {@code index} has its content (it was shown at least once). */
    boolean built(int index) {
        return index < pane.getTabs().size() && !unbuilt.containsKey(pane.getTabs().get(index));
    }

    private void build(Tab tab) {
        Supplier<Node> content = tab == null ? null : unbuilt.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }
}

package com.clearance.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action the window offers, each with a keyboard shortcut. */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar build(MainWindow w) {
        Menu file = new Menu("_File", null,
                item("Import files…", "Shortcut+O", w::chooseFiles),
                item("Open the sample contract", "Shortcut+Shift+O", w::openSample),
                item("Re-audit with the current library", "Shortcut+R", w::reauditStale),
                new SeparatorMenuItem(),
                item("New launch…", "Shortcut+N", () -> w.onLaunch(LaunchScreen::newLaunch)),
                item("Import tickets (CSV)…", "Shortcut+I", () -> w.onLaunch(LaunchScreen::chooseTickets)),
                new SeparatorMenuItem(),
                export(w),
                new SeparatorMenuItem(),
                item("Connect to team database…", "Shortcut+Shift+J", w::connectToTeamDatabase),
                item("Use this computer's database", "Shortcut+Shift+U", w::useLocalDatabase),
                new SeparatorMenuItem(),
                item("Open data folder", "Shortcut+Shift+D", w::openDataFolder),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", w::quit));
        Menu edit = new Menu("_Edit", null,
                item("Undo my last decision", "Shortcut+Z", w::undoDecision),
                item("Undo last check or waiver", "Shortcut+Shift+Z", () -> w.onLaunch(l -> l.actions.undo())),
                item("Save decision", "Shortcut+Enter", w::saveDecision),
                item("Copy recommended language", "Shortcut+Shift+C", w::copyRecommendation),
                item("Find (contracts, or the text on the Audit screen)", "Shortcut+F", w::focusSearch),
                item("Find next", "F3", () -> w.audit().findNext()),
                item("Find previous", "Shift+F3", () -> w.audit().findPrevious()),
                new SeparatorMenuItem(),
                item("Rename vendor…", "F2", w::renameContract),
                item("Delete contract…", "Shortcut+Delete", w::deleteContract));
        Menu view = new Menu("_View", null,
                item("Contracts", "Shortcut+1", () -> w.showTab(0)),
                item("Audit", "Shortcut+2", () -> w.showTab(1)),
                item("Decisions", "Shortcut+3", () -> w.showTab(2)),
                item("Compare", "Shortcut+4", () -> w.showTab(3)),
                item("Clause library", "Shortcut+5", () -> w.showTab(4)),
                item("Launches", "Shortcut+6", () -> w.showTab(5)),
                new SeparatorMenuItem(),
                item("Zoom page in", "Shortcut+EQUALS", () -> w.audit().pageView().zoomIn()),
                item("Zoom page out", "Shortcut+MINUS", () -> w.audit().pageView().zoomOut()),
                item("Page at actual size", "Shortcut+DIGIT0", () -> w.audit().pageView().actualSize()),
                item("Next page", "Shortcut+PAGE_DOWN", () -> w.audit().pageView().nextPage()),
                item("Previous page", "Shortcut+PAGE_UP", () -> w.audit().pageView().previousPage()),
                new SeparatorMenuItem(),
                darkTheme(w));
        Menu library = new Menu("_Library", null,
                item("Reload clause library", "F5", w::reloadLibrary),
                item("Open library folder", "Shortcut+L", w::openLibraryFolder));
        Menu help = new Menu("_Help", null,
                item("About Clearance", "F1", w::about),
                item("Open log folder", "Shortcut+Shift+L", w::openLogFolder));
        return new MenuBar(file, edit, view, library, help);
    }

    private static Menu export(MainWindow w) {
        Menu export = new Menu("_Export", null,
                item("Gap report (PDF)…", "Shortcut+E", w::exportGapReport),
                item("Negotiation pack (DOCX)…", "Shortcut+Shift+E", w::exportNegotiationPack),
                item("Redline of the contract (DOCX, tracked changes)…", "Shortcut+Shift+W", w::exportRedline),
                item("Portfolio (XLSX)…", "Shortcut+Shift+X", w::exportPortfolio),
                item("Readiness report (PDF)…", "Shortcut+Shift+R", w::exportReadiness));
        export.setId("exportMenu");
        return export;
    }

    private static CheckMenuItem darkTheme(MainWindow w) {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeItem");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        dark.setSelected("dark".equals(w.theme()));
        dark.setOnAction(e -> w.applyTheme(dark.isSelected() ? "dark" : "light"));
        return dark;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}

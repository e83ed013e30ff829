package com.clearance.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("clearance-test/prefs-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersGeometryThemeFolderAndReviewer(@TempDir Path folder) {
        WorkbenchPreferences prefs = new WorkbenchPreferences(node);
        assertThat(prefs.bounds()[0]).isNaN();
        assertThat(prefs.theme()).isEqualTo("light");

        prefs.saveBounds(10, 20, 900, 700);
        prefs.saveTheme("dark");
        prefs.saveLastFolder(folder);
        prefs.saveReviewer("Dana");

        WorkbenchPreferences again = new WorkbenchPreferences(node);
        assertThat(again.bounds()).containsExactly(10, 20, 900, 700);
        assertThat(again.theme()).isEqualTo("dark");
        assertThat(again.lastFolder()).isEqualTo(folder);
        assertThat(again.reviewer()).isEqualTo("Dana");
    }

    @Test
    void aLastFolderThatNoLongerExistsFallsBackToHome(@TempDir Path folder) {
        WorkbenchPreferences prefs = new WorkbenchPreferences(node);
        prefs.saveLastFolder(folder.resolve("gone"));
        assertThat(prefs.lastFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
    }
}

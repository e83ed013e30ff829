package com.clearance.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Window geometry, theme, last folder and reviewer name, in java.util.prefs (not the database: they belong to this
 * user on this machine). The node can be moved with -Dclearance.prefsNode so tests do not touch the user's settings.
 */
public final class WorkbenchPreferences {

    private final Preferences prefs;

    public WorkbenchPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    public static WorkbenchPreferences forUser() {
        return new WorkbenchPreferences(Preferences.userRoot().node(System.getProperty("clearance.prefsNode", "com/clearance/workbench")));
    }

    public double[] bounds() {
        return new double[]{prefs.getDouble("x", Double.NaN), prefs.getDouble("y", Double.NaN),
                prefs.getDouble("width", 1280), prefs.getDouble("height", 800)};
    }

    public void saveBounds(double x, double y, double width, double height) {
        prefs.putDouble("x", x);
        prefs.putDouble("y", y);
        prefs.putDouble("width", width);
        prefs.putDouble("height", height);
    }

    public boolean maximized() { return prefs.getBoolean("maximized", false); }
    public void saveMaximized(boolean maximized) { prefs.putBoolean("maximized", maximized); }

    public String theme() { return prefs.get("theme", "light"); }
    public void saveTheme(String theme) { prefs.put("theme", theme); }

    public Path lastFolder() {
        String s = prefs.get("lastFolder", System.getProperty("user.home"));
        Path p = Path.of(s);
        return Files.isDirectory(p) ? p : Path.of(System.getProperty("user.home"));
    }

    public void saveLastFolder(Path folder) { prefs.put("lastFolder", folder.toString()); }

    public String reviewer() { return prefs.get("reviewer", System.getProperty("user.name", "")); }
    public void saveReviewer(String name) { prefs.put("reviewer", name == null ? "" : name); }

    /** The team database to open on start (a PostgreSQL URL, never with a password); null: this computer's file. */
    public String teamDatabase() {
        String url = prefs.get("teamDatabase", "");
        return url.isBlank() ? null : url;
    }

    public void saveTeamDatabase(String url) {
        if (url == null || url.isBlank()) {
            prefs.remove("teamDatabase");
        } else {
            prefs.put("teamDatabase", url);
        }
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (java.util.prefs.BackingStoreException ignored) {
            // preferences are a convenience: losing a window size is not worth bothering the user about
        }
    }
}

package com.clearance.service;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where Clearance keeps its database and log: {@code $CLEARANCE_HOME} or the {@code clearance.home} property when
 * set, else {@code $XDG_DATA_HOME/clearance}, else {@code ~/.local/share/clearance} (on Windows {@code %APPDATA%}).
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path resolve() {
        String explicit = System.getProperty("clearance.home", System.getenv("CLEARANCE_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return Paths.get(explicit);
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && System.getProperty("os.name", "").startsWith("Windows")) {
            return Paths.get(appData, "Clearance");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".local", "share");
        return base.resolve("clearance");
    }

    public static Path database() {
        return resolve().resolve("clearance");
    }

    public static Path logs() {
        return resolve().resolve("logs");
    }
}

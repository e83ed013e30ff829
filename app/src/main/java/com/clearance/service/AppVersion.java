package com.clearance.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, as Maven wrote it into the jar at build time. */
public final class AppVersion {

    private static final String RESOURCE = "/com/clearance/app-version.properties";

    private AppVersion() {
    }

    /** For example {@code 0.1.0}; "unknown" when the build left no version (a class folder not built by Maven). */
    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The Java runtime running Clearance: version, vendor and where it is (the bundled runtime of an installed app). */
    public static String javaRuntime() {
        return System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home");
    }
}

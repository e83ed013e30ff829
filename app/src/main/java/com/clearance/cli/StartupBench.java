package com.clearance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the window as a new process, the way a user would (the installed launcher when this runs from one, else
 * this same java with this class path), over a given data folder, and times from launch to the first frame and to a
 * usable contracts list. The window reports both (StartupProbe) and closes itself.
 */
final class StartupBench {

    /**
     * One start: milliseconds from launch to the first frame, to a usable list (its first page of rows shown) and to
     * the whole list read; how many rows the first page showed and how many contracts were listed in the end.
     */
    record Run(long firstFrameMs, long contractsListMs, long wholeListMs, int firstPage, int contracts) {
    }

    private static final String LAUNCHER = "com.clearance.app.Launcher";
    private static final long TIMEOUT_S = 120;

    /** Why the window cannot be started here, or null when it can. */
    static String whyNot() {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (linux && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            return "bench --startup opens the window, and there is no display here; run it under a desktop or with"
                    + " xvfb-run.";
        }
        return null;
    }

    Run run(Path dataFolder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher());
        command.add("--db");
        command.add(dataFolder.resolve("clearance").toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("CLEARANCE_HOME", dataFolder.toString());
        pb.environment().put("CLEARANCE_STARTUP_PROBE", "1");
        long start = System.nanoTime();
        Process p = pb.start();
        long frame = -1;
        long list = -1;
        long whole = -1;
        int firstPage = -1;
        int contracts = -1;
        List<String> tail = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (line.startsWith("startup first-frame ")) {
                    frame = ms;
                } else if (line.startsWith("startup contracts-list ")) {
                    list = ms;
                    firstPage = lastNumber(line);
                } else if (line.startsWith("startup contracts-complete ")) {
                    whole = ms;
                    contracts = lastNumber(line);
                } else if (tail.size() < 20) {
                    tail.add(line);
                }
            }
        }
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (frame < 0 || list < 0 || whole < 0) {
            throw new IOException("the window did not report its first frame and contracts list (exit "
                    + (p.isAlive() ? "none" : p.exitValue()) + ")" + (tail.isEmpty() ? "" : ": " + String.join(" | ", tail)));
        }
        return new Run(frame, list, whole, firstPage, contracts);
    }

    private static int lastNumber(String line) {
        String[] parts = line.split(" ");
        return Integer.parseInt(parts[parts.length - 1]);
    }

    /** The installed launcher (jpackage sets jpackage.app-path), else java with this JVM's options and class path. */
    private static List<String> launcher() {
        String app = System.getProperty("jpackage.app-path");
        if (!isBlank(app)) {
            return List.of(app);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-X") || option.startsWith("-Dprism") || option.startsWith("-Dglass")) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LAUNCHER);
        return command;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

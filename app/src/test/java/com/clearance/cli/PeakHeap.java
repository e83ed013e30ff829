package com.clearance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest heap in use around collections, read from a -Xlog:gc file ("Pause Young ... 120M->40M(512M)"). Only
 * young and full pauses count: a remark or cleanup pause frees nothing and would report the heap before as live.
 */
final class PeakHeap {

    private static final Pattern BEFORE_AFTER = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private PeakHeap() {
    }

    /** Megabytes: the most the heap held at any collection (before it), or -1 without a log. */
    static long beforeGc(Path log) throws IOException {
        return largest(log, 1);
    }

    /** Megabytes: the most the heap still held after any collection (the live data), or -1 without a log. */
    static long afterGc(Path log) throws IOException {
        return largest(log, 2);
    }

    private static long largest(Path log, int group) throws IOException {
        if (!Files.exists(log)) return -1;
        long max = -1;
        for (String line : Files.readAllLines(log)) {
            if (!line.contains("Pause Young") && !line.contains("Pause Full")) continue;
            Matcher m = BEFORE_AFTER.matcher(line);
            if (m.find()) max = Math.max(max, Long.parseLong(m.group(group)));
        }
        return max;
    }

    /** The process's peak resident memory so far in KB (Linux /proc), or 0 where it cannot be read. */
    static long residentHighWaterKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended, or this is not Linux
        }
        return 0;
    }
}

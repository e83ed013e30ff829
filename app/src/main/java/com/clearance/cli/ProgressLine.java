package com.clearance.cli;

import com.clearance.domain.WorkProgress;
import com.clearance.ingest.FileNames;
import com.clearance.ingest.ImportMonitor;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The OCR progress line on the command line: "scan.pdf: OCR page 3 of 12", rewritten in place on a terminal and
 * cleared when the file is done. Where standard error is not a terminal (a pipe, a log, a test) nothing is written,
 * so scripts keep one line per failure.
 */
final class ProgressLine {

    private final PrintWriter err;
    private final boolean live;

    ProgressLine(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    static ProgressLine onTerminal(PrintWriter err) {
        return new ProgressLine(err, System.console() != null);
    }

    /** The reader's progress for one file: only recognised scan pages are shown, each count once. */
    WorkProgress monitor(Path file) {
        String name = FileNames.shown(file);
        int[] shown = {-1};
        return (stage, done, total) -> {
            if (!live || !ImportMonitor.RECOGNISING_PAGE.equals(stage) || done == shown[0]) {
                return;
            }
            shown[0] = done;
            synchronized (err) {
                err.print("\r" + name + ": OCR page " + done + " of " + total + (done == total ? "\r" + " "
                        .repeat(name.length() + 30) + "\r" : ""));
                err.flush();
            }
        };
    }
}

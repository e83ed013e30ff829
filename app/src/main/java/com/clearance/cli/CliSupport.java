package com.clearance.cli;

import com.clearance.library.ChecklistLoader;
import com.clearance.persistence.Database;
import com.clearance.persistence.StoreException;
import com.clearance.service.DataFolder;
import com.clearance.service.TemplateCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

/** Shared plumbing of the runbook commands: output streams, one-line errors with exit codes, templates, database. */
final class CliSupport {

    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    /** A change refused because someone else changed the same thing first. */
    static final int REFUSED = 4;
    private static final Logger LOG = LoggerFactory.getLogger(CliSupport.class);

    private CliSupport() {
    }

    /** Thrown inside a command to stop with one plain line on stderr and an exit code. */
    static final class Failure extends RuntimeException {
        final int exitCode;

        Failure(int exitCode, String message, Throwable cause) {
            super(message, cause);
            this.exitCode = exitCode;
        }
    }

    static Failure fail(int code, String message, Throwable cause) {
        if (cause != null) {
            LOG.warn(message, cause);
        }
        return new Failure(code, message, cause);
    }

    /** Runs a command body, turning a {@link Failure} into its message on stderr and its exit code. */
    static int run(CommandLine.Model.CommandSpec spec, java.util.concurrent.Callable<Integer> body) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.call();
        } catch (Failure f) {
            err.println("clearance: " + f.getMessage());
            err.flush();
            return f.exitCode;
        } catch (Exception e) {
            LOG.error("unexpected failure", e);
            err.println("clearance: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + " (details in the log)");
            err.flush();
            return 1;
        }
    }

    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    /** Prints one confirmation line and returns exit code 0: how a command that changed something ends. */
    static int confirm(CommandLine.Model.CommandSpec spec, String format, Object... args) {
        PrintWriter out = out(spec);
        out.printf(format + "%n", args);
        out.flush();
        return 0;
    }

    static LocalDate date(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            // ISO, as the help says, or the locale's own form, as the window takes it
            return com.clearance.service.DateText.parse(value, java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                    .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not a date; write it as"
                            + " 2026-11-02"));
        } catch (IllegalArgumentException e) {
            throw fail(USAGE, option + " " + e.getMessage(), null);
        }
    }

    static TemplateCatalog templates(Path dir) {
        return new TemplateCatalog(dir == null ? ChecklistLoader.fromClasspath() : ChecklistLoader.fromDirectory(dir));
    }

    /** Opens the database {@code --db} names (a file path or a PostgreSQL URL; default: the data folder's file). */
    static Database openDatabase(String db) {
        try {
            return Database.open(db == null ? DataFolder.database().toString() : db);
        } catch (StoreException e) {
            throw fail(UNREADABLE, e.getMessage(), e);
        }
    }

    /** Who a change is by: {@code --by} when given, else the OS user. */
    static String actor(String by) {
        return by == null || by.isBlank() ? com.clearance.persistence.ChangeLog.defaultActor() : by.strip();
    }

    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}

package com.clearance.cli;

import com.clearance.library.ClauseLibraryException;
import com.clearance.library.LibraryError;
import com.clearance.library.LoadedLibrary;
import com.clearance.scoring.ClauseDefinition;
import com.clearance.service.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `clearance library validate [DIR]`: checks a clause library and lists its clauses. */
@Command(name = "library", mixinStandardHelpOptions = true, description = "Works with clause libraries.",
        subcommands = LibraryCommand.Validate.class)
public class LibraryCommand {

    /** Exit 0 when valid, 1 when any file has errors (the valid clauses are still listed), 3 when unreadable. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks every file of a clause library (the built-in one without DIR) and lists its clauses. "
                    + "Exit 0: valid; 1: errors found; 3: the folder cannot be read.")
    public static class Validate implements Callable<Integer> {

        public static final int INVALID = 1;

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "The clause-library folder to check.")
        private Path folder;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LoadedLibrary loaded;
            try {
                loaded = AuditService.loadLibrary(folder);
            } catch (ClauseLibraryException e) {
                err.println(e.getMessage());
                return ImportCommand.INPUT_UNREADABLE;
            }
            out.println("Library " + loaded.source() + " (version " + loaded.library().version() + "): "
                    + loaded.library().clauses().size() + " clauses loaded");
            for (ClauseDefinition c : loaded.library().clauses()) {
                out.printf("  %-22s weight %-4s %-22s %s (%d rules)%n", c.id(), fmt(c.weight()), c.category(),
                        c.title(), c.rules().size());
            }
            for (LibraryError e : loaded.errors()) {
                err.println("error: " + e);
            }
            if (loaded.hasErrors()) {
                err.println(loaded.errors().size() + (loaded.errors().size() == 1 ? " error; the file with it was"
                        : " errors; the files with errors were") + " left out.");
                return INVALID;
            }
            out.println("No errors.");
            return 0;
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}

package com.clearance.cli;

import com.clearance.library.ClauseLibraryException;
import com.clearance.library.LabelSetLoader;
import com.clearance.library.LoadedLibrary;
import com.clearance.scoring.eval.EvalReport;
import com.clearance.scoring.eval.LabelSet;
import com.clearance.service.AuditService;
import com.clearance.service.EvalService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * `clearance eval DIR --labels FILE [--clauses core|all] [--library DIR]`: per-clause precision, recall, F1 and a
 * confusion matrix against a label set. Exit 0; 3 when a listed document could not be read; 2 for a bad labels file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures the audit engine against a labelled set of contracts.")
public class EvalCommand implements Callable<Integer> {

    public enum ClauseSet { core, all }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder the label file's document paths are relative to.")
    private Path folder;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "The label set (YAML).")
    private Path labels;

    @Option(names = "--clauses", defaultValue = "all", paramLabel = "core|all",
            description = "Score the three core clauses or all labelled clauses. Default: ${DEFAULT-VALUE}.")
    private ClauseSet clauses;

    @Option(names = "--library", paramLabel = "DIR", description = "A clause-library folder instead of the built-in one.")
    private Path library;

    @Option(names = "--as", defaultValue = "original", paramLabel = "original|typed-pdf|scan",
            description = "Audit each document as it is, as a typed PDF printed from its text, or as a scan of that"
                    + " PDF read back by OCR (to measure what scanning costs). Default: ${DEFAULT-VALUE}.")
    private String copy;

    @Option(names = "--misses", description = "Also list every disagreement with its rationale.")
    private boolean misses;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a folder; give the folder the label file's paths are relative to.");
            return 2;
        }
        LabelSet set;
        AuditService audits;
        try {
            set = new LabelSetLoader().load(labels);
            LoadedLibrary loaded = AuditCommand.loadLibrary(library, err);
            if (!loaded.errors().isEmpty()) {
                // Scores over a library with clauses left out look plausible and mislead: refuse to measure.
                err.println("eval: the clause library has " + loaded.errors().size()
                        + (loaded.errors().size() == 1 ? " error" : " errors")
                        + " (listed above); fix them first, 'clearance library validate' shows them.");
                return 2;
            }
            audits = new AuditService(loaded.library());
        } catch (ClauseLibraryException e) {
            err.println(e.getMessage());
            return 2;
        }
        EvalService.Copy as = switch (copy) {
            case "original" -> EvalService.Copy.ORIGINAL;
            case "typed-pdf" -> EvalService.Copy.TYPED_PDF;
            case "scan" -> EvalService.Copy.SCAN;
            default -> null;
        };
        if (as == null) {
            err.println("--as takes original, typed-pdf or scan, not '" + copy + "'");
            return 2;
        }
        EvalReport report = new EvalService(audits).evaluate(folder, set,
                clauses == ClauseSet.core ? EvalReport.CORE : null, as);
        EvalPrinter.print(set.name(), report, misses, out);
        report.unreadable().forEach(err::println);
        return report.unreadable().isEmpty() ? 0 : ImportCommand.INPUT_UNREADABLE;
    }
}

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
 * confusion matrix against a label set. Exit 0; 3 when a listed document could not be read (or a clause could not be
 * audited on it), or when the clause library has errors and --allow-partial-library was not given; 2 for a bad
 * labels file.
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

    @Option(names = "--allow-partial-library",
            description = "Measure with the clauses that loaded even when some clause files have errors; the figures"
                    + " then say which files were left out (their clauses are not measured).")
    private boolean allowPartialLibrary;

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
        LibraryCompleteness completeness;
        try {
            set = new LabelSetLoader().load(labels);
            LoadedLibrary loaded = AuditService.loadLibrary(library);
            completeness = LibraryCompleteness.of(loaded);
            // Scores over a library with clauses left out look plausible and mislead: refuse unless asked for.
            String refusal = completeness.refusal(allowPartialLibrary);
            loaded.errors().forEach(e -> err.println((refusal == null ? "warning" : "error") + ": clause library: " + e));
            if (refusal != null) {
                err.println("eval: " + refusal.replace("no audit was made", "nothing was measured")
                        .replace("fix them (", "fix them first ("));
                return ImportCommand.INPUT_UNREADABLE;
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
        if (!completeness.leftOut().isEmpty()) {
            out.println("Partial clause library: " + completeness.leftOut() + " had errors and were left out; their"
                    + " clauses are not measured below.");
        }
        EvalPrinter.print(set.name(), report, misses, out);
        report.unreadable().forEach(err::println);
        return report.unreadable().isEmpty() ? 0 : ImportCommand.INPUT_UNREADABLE;
    }
}

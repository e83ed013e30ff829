package com.clearance.cli;

import com.clearance.ingest.ColumnMapping;
import com.clearance.runbook.Classification;
import com.clearance.runbook.ClassificationReport;
import com.clearance.service.LaunchException;
import com.clearance.service.TicketService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code clearance tickets classify|eval}: sorts ticket exports into the runbook's categories. */
@Command(name = "tickets", description = "Classifies support tickets from Jira or Zendesk CSV exports.",
        subcommands = {TicketsCommand.Classify.class, TicketsCommand.Eval.class})
public class TicketsCommand {

    static ColumnMapping mapping(String spec) {
        if (spec == null) {
            return null;
        }
        try {
            return ColumnMapping.parse(spec);
        } catch (IllegalArgumentException e) {
            throw CliSupport.fail(CliSupport.USAGE, "--map: " + e.getMessage(), null);
        }
    }

    static void requireReadable(Path file) {
        if (!Files.isReadable(file)) {
            throw CliSupport.fail(CliSupport.UNREADABLE, file + ": the file does not exist or cannot be read", null);
        }
    }

    static int readFailure(LaunchException e) {
        throw CliSupport.fail(CliSupport.UNREADABLE, e.getMessage(), e);
    }

    @Command(name = "classify", description = "Prints the category, week since launch and deciding words of each ticket.")
    static class Classify implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.csv") Path file;
        @Option(names = "--launch-date", description = "Launch date YYYY-MM-DD, to give each ticket its week.") String launchDate;
        @Option(names = "--format", description = "text (default) or json (one object per line).") String format = "text";
        @Option(names = "--map", description = "Column mapping for other layouts: id=Key,summary=Title,description=Body,created=Opened") String map;
        @Option(names = "--template") String template;
        @Option(names = "--templates-dir") Path dir;

        @Override
        public Integer call() {
            return CliSupport.run(spec, () -> {
                if (!format.equals("json") && !format.equals("text")) {
                    throw CliSupport.fail(CliSupport.USAGE, "--format must be text or json", null);
                }
                requireReadable(file);
                TicketService.ClassifiedFile result;
                try {
                    result = new TicketService(CliSupport.templates(dir))
                            .classify(file, mapping(map), CliSupport.date(launchDate, "--launch-date"), template);
                } catch (LaunchException e) {
                    return readFailure(e);
                }
                PrintWriter out = CliSupport.out(spec);
                ObjectMapper json = new ObjectMapper();
                for (Classification c : result.classifications()) {
                    if (format.equals("json")) {
                        ObjectNode o = json.createObjectNode();
                        o.put("id", c.ticketId());
                        o.put("category", c.category());
                        if (c.week() == null) o.putNull("week"); else o.put("week", c.week());
                        o.put("evidence", c.evidenceText());
                        out.println(json.writeValueAsString(o));
                    } else {
                        out.printf("%-12s %-20s %s  %s%n", c.ticketId(), c.category(),
                                c.week() == null ? "" : "week " + c.week(), c.evidenceText());
                    }
                }
                out.flush();
                result.imported().warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                spec.commandLine().getErr().flush();
                return 0;
            });
        }
    }

    @Command(name = "eval", description = "Measures classification against labels: accuracy, per-category P/R/F1, macro-F1, confusion matrix.")
    static class Eval implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.csv", arity = "1..*") List<Path> files;
        @Option(names = "--labels", required = true, description = "CSV of id,category.") Path labels;
        @Option(names = "--map") String map;
        @Option(names = "--template") String template;
        @Option(names = "--templates-dir") Path dir;
        @Option(names = "--show-mistakes", description = "List the tickets classified differently from their label.") boolean mistakes;

        @Override
        public Integer call() {
            return CliSupport.run(spec, () -> {
                files.forEach(TicketsCommand::requireReadable);
                requireReadable(labels);
                TicketService.Evaluation ev;
                try {
                    ev = new TicketService(CliSupport.templates(dir)).evaluate(files, labels, mapping(map), template);
                } catch (LaunchException e) {
                    return readFailure(e);
                }
                print(CliSupport.out(spec), ev);
                return 0;
            });
        }

        private void print(PrintWriter out, TicketService.Evaluation ev) {
            ClassificationReport r = ev.report();
            out.printf("tickets: %d   correct: %d   accuracy: %.3f   macro-F1: %.3f%n%n", r.total(), r.correct(),
                    r.accuracy(), r.macroF1());
            out.printf("%-20s %7s %7s %9s %7s %7s%n", "category", "support", "pred", "precision", "recall", "F1");
            for (ClassificationReport.CategoryScore s : r.perCategory()) {
                out.printf("%-20s %7d %7d %9.3f %7.3f %7.3f%n", s.category(), s.support(), s.predicted(), s.precision(),
                        s.recall(), s.f1());
            }
            out.println();
            out.println("confusion matrix (rows: label, columns: predicted, in the order above)");
            for (int i = 0; i < r.categories().size(); i++) {
                StringBuilder row = new StringBuilder(String.format("%-20s", r.categories().get(i)));
                for (int v : r.confusion()[i]) {
                    row.append(String.format("%4d", v));
                }
                out.println(row);
            }
            if (!ev.unlabelled().isEmpty()) {
                out.println();
                out.println("not scored (no label): " + ev.unlabelled().size());
            }
            if (mistakes) {
                out.println();
                r.mistakes().forEach(m -> out.println("  " + m));
            }
            out.flush();
        }
    }
}

package com.clearance.cli;

import com.clearance.service.LaunchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import static com.clearance.cli.LaunchCommand.actor;
import static com.clearance.cli.LaunchCommand.serve;

/** The launch subcommands about tickets and the audit trail: {@code tickets}, {@code correct}, {@code history}. */
final class LaunchTicketCommands {

    private LaunchTicketCommands() {
    }

    @Command(name = "tickets", description = "Imports and classifies a ticket export for a launch, then shows counts per category and week.")
    static class Tickets implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "FILE.csv", arity = "0..1") Path file;
        @Option(names = "--map") String map;
        @Option(names = "--today") String today;

        @Override
        public Integer call() {
            return CliSupport.run(spec, () -> {
                if (file != null) {
                    TicketsCommand.requireReadable(file);
                }
                try {
                    return options.withService(service -> {
                        if (file != null) {
                            var summary = service.importTickets(name, file, TicketsCommand.mapping(map));
                            CliSupport.out(spec).printf("Imported %d tickets (%s layout) into '%s'.%n", summary.imported(),
                                    summary.layout(), name);
                            summary.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                        }
                        LocalDate day = today == null ? LocalDate.now() : CliSupport.date(today, "--today");
                        TicketTablePrinter.print(CliSupport.out(spec), service.expectedVsObserved(name, day));
                        return 0;
                    });
                } catch (LaunchException e) {
                    boolean unreadable = e.getMessage().contains(".csv") || e.getCause() instanceof com.clearance.ingest.CsvFormatException;
                    throw CliSupport.fail(unreadable ? CliSupport.UNREADABLE : CliSupport.USAGE, e.getMessage(), e.getCause());
                }
            });
        }
    }

    @Command(name = "correct", description = "Corrects a ticket's category; the correction is kept across re-imports.")
    static class Correct implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "TICKET") String ticket;
        @Option(names = "--category", required = true) String category;
        @Option(names = "--by") String by;
        @Option(names = "--note") String note;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                service.correctTicket(name, ticket, category, actor(by), note);
                return CliSupport.confirm(spec, "Ticket %s is now %s.", ticket, category);
            });
        }
    }

    @Command(name = "history", description = "Shows the audit trail of a launch's items (or of one item).")
    static class History implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "ITEM", arity = "0..1") String item;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                service.launch(name);
                var entries = service.history(name, item);
                if (entries.isEmpty()) {
                    CliSupport.out(spec).println("Nothing recorded yet.");
                }
                for (var e : entries) {
                    CliSupport.out(spec).printf("%s  %-28s %-9s by %s%s%n", e.at(), e.itemId(), e.action(), e.actor(),
                            e.detail() == null ? "" : ": " + e.detail());
                }
                CliSupport.out(spec).flush();
                return 0;
            });
        }
    }
}

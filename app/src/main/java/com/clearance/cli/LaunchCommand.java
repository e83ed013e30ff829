package com.clearance.cli;

import com.clearance.runbook.Launch;
import com.clearance.runbook.Member;
import com.clearance.service.LaunchException;
import com.clearance.service.LaunchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code clearance launch ...}: create and work launches and their runbooks from the command line. */
@Command(name = "launch", description = "Creates and works launch runbooks (stored in the Clearance database).",
        subcommands = {LaunchCommand.Create.class, LaunchCommand.ListLaunches.class, LaunchCommand.Show.class,
                LaunchCommand.Check.class, LaunchCommand.Waive.class, LaunchCommand.Reopen.class,
                LaunchCommand.Link.class, LaunchTicketCommands.Tickets.class, LaunchTicketCommands.Correct.class,
                LaunchTicketCommands.History.class})
public class LaunchCommand {

    /** Runs a service call; service errors become exit code 2 (usage) unless a file could not be read. */
    static int serve(CommandSpec spec, LaunchOptions options, LaunchOptions.ServiceCall<Integer> call) {
        return CliSupport.run(spec, () -> {
            try {
                return options.withService(call);
            } catch (LaunchException e) {
                throw CliSupport.fail(CliSupport.USAGE, e.getMessage(), e.getCause());
            }
        });
    }

    static String actor(String by) {
        return by != null ? by : System.getProperty("user.name", "unknown");
    }

    @Command(name = "create", description = "Creates a launch and instantiates its runbook.")
    static class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--feature", required = true) String feature;
        @Option(names = "--date", required = true, description = "Launch date YYYY-MM-DD.") String date;
        @Option(names = "--member", description = "Name:role, repeatable.") List<String> members = new ArrayList<>();
        @Option(names = "--template") String template;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                List<Member> team = new ArrayList<>();
                for (String m : members) {
                    try {
                        team.add(Member.parse(m));
                    } catch (IllegalArgumentException e) {
                        throw CliSupport.fail(CliSupport.USAGE, "--member: " + e.getMessage(), null);
                    }
                }
                Launch l = service.create(name, feature, CliSupport.date(date, "--date"), template, team);
                return CliSupport.confirm(spec, "Created launch '%s' on %s with runbook %s (%d items).", l.name(),
                        l.launchDate(), l.templateId(), service.template(l.name()).items().size());
            });
        }
    }

    @Command(name = "list", description = "Lists launches with their readiness today.")
    static class ListLaunches implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Option(names = "--today") String today;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                LocalDate day = today == null ? LocalDate.now() : CliSupport.date(today, "--today");
                List<Launch> all = service.list();
                if (all.isEmpty()) {
                    CliSupport.out(spec).println("No launches yet; create one with 'clearance launch create'.");
                }
                for (Launch l : all) {
                    var status = service.status(l.name(), day);
                    CliSupport.out(spec).printf("%-24s %s  %-30s readiness %s, %d overdue%n", l.name(), l.launchDate(),
                            l.feature(), CliSupport.percent(status.readiness()), status.overdue().size());
                }
                CliSupport.out(spec).flush();
                return 0;
            });
        }
    }

    @Command(name = "show", description = "Shows phases, items, due dates, status and the readiness score.")
    static class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--today", description = "Assess as of this day (default today).") String today;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                LocalDate day = today == null ? LocalDate.now() : CliSupport.date(today, "--today");
                LaunchStatusPrinter.print(CliSupport.out(spec), service.status(name, day),
                        service.expectedVsObserved(name, day));
                return 0;
            });
        }
    }

    @Command(name = "check", description = "Checks an item off with who did it and the evidence.")
    static class Check implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "ITEM") String item;
        @Option(names = "--by", required = true) String by;
        @Option(names = "--evidence", description = "A note saying what proves it.") String evidence;
        @Option(names = "--link") String link;
        @Option(names = "--attach", description = "A file to keep as evidence.") Path attach;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                if (attach != null) {
                    TicketsCommand.requireReadable(attach);
                }
                service.check(name, item, by, evidence, link, attach);
                return CliSupport.confirm(spec, "Checked %s in '%s' (by %s).", item, name, by);
            });
        }
    }

    @Command(name = "waive", description = "Waives an item with a reason until a date.")
    static class Waive implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "ITEM") String item;
        @Option(names = "--reason", required = true) String reason;
        @Option(names = "--until", required = true, description = "Last day the waiver holds, YYYY-MM-DD.") String until;
        @Option(names = "--by") String by;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                service.waive(name, item, reason, CliSupport.date(until, "--until"), actor(by));
                return CliSupport.confirm(spec, "Waived %s in '%s' until %s.", item, name, until);
            });
        }
    }

    @Command(name = "reopen", description = "Reopens a done or waived item (the history keeps what it was).")
    static class Reopen implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "ITEM") String item;
        @Option(names = "--by") String by;
        @Option(names = "--reason") String reason;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                service.reopen(name, item, actor(by), reason);
                return CliSupport.confirm(spec, "Reopened %s in '%s'.", item, name);
            });
        }
    }

    @Command(name = "link", description = "Links a vendor contract stored in the database (by its id or its document's"
            + " file name, e.g. after 'clearance audit --db') to a launch; its findings put runbook items at risk.")
    static class Link implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LaunchOptions options;
        @Parameters(paramLabel = "NAME") String name;
        @Option(names = "--contract", required = true, paramLabel = "ID|FILE-NAME",
                description = "The stored contract: its id or its document's file name.") String contract;

        @Override
        public Integer call() {
            return serve(spec, options, service -> {
                String id = service.linkContract(name, contract);
                return CliSupport.confirm(spec, "Linked contract %s to '%s'.", id, name);
            });
        }
    }
}

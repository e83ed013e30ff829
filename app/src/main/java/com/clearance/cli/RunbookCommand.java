package com.clearance.cli;

import com.clearance.runbook.ChecklistItem;
import com.clearance.runbook.Phase;
import com.clearance.runbook.RunbookTemplate;
import com.clearance.runbook.TicketCategory;
import com.clearance.service.LaunchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code clearance runbook show|list}: prints runbook templates. */
@Command(name = "runbook", description = "Shows runbook templates (phases, items, ticket categories).",
        subcommands = {RunbookCommand.Show.class, RunbookCommand.ListTemplates.class})
public class RunbookCommand {

    @Command(name = "show", description = "Prints a runbook template.")
    static class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--template", description = "Template id (default first-100-tickets).") String template;
        @Option(names = "--templates-dir", description = "A folder of templates instead of the built-in ones.") Path dir;

        @Override
        public Integer call() {
            return CliSupport.run(spec, () -> {
                RunbookTemplate t;
                try {
                    t = CliSupport.templates(dir).get(template);
                } catch (LaunchException e) {
                    throw CliSupport.fail(CliSupport.USAGE, e.getMessage(), null);
                }
                print(CliSupport.out(spec), t);
                return 0;
            });
        }

        private static void print(PrintWriter out, RunbookTemplate t) {
            out.printf("%s (v%d): %s%n%n", t.name(), t.version(), t.id());
            for (Phase p : t.phases()) {
                out.printf("== %s [%s] (%s, %d items)%n", p.name(), p.id(), p.weeks(), p.items().size());
                for (ChecklistItem i : p.items()) {
                    out.printf("  %-28s %s%n", i.id(), i.title());
                    out.printf("      due: day %+d   owner: %s   prepares: %s%s%n", i.dueOffsetDays(), i.ownerRole(),
                            String.join(", ", i.categoryIds()),
                            i.clauseIds().isEmpty() ? "" : "   clauses: " + String.join(", ", i.clauseIds()));
                    out.printf("      done when: %s%n      evidence: %s%n", i.done(), i.evidenceRequired());
                }
                out.println();
            }
            out.println("== Ticket categories");
            for (TicketCategory c : t.categories()) {
                out.printf("  %-20s %s; expected %s%n", c.id(), c.meaning(), c.weeks());
            }
            out.flush();
        }
    }

    @Command(name = "list", description = "Lists the available runbook templates.")
    static class ListTemplates implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--templates-dir") Path dir;

        @Override
        public Integer call() {
            return CliSupport.run(spec, () -> {
                try {
                    for (RunbookTemplate t : CliSupport.templates(dir).all()) {
                        CliSupport.out(spec).printf("%s  %s (%d phases, %d items)%n", t.id(), t.name(), t.phases().size(),
                                t.items().size());
                    }
                } catch (LaunchException e) {
                    throw CliSupport.fail(CliSupport.USAGE, e.getMessage(), null);
                }
                CliSupport.out(spec).flush();
                return 0;
            });
        }
    }
}

package com.clearance.cli;

import com.clearance.persistence.Database;
import com.clearance.persistence.DatabaseCopy;
import com.clearance.persistence.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code clearance db copy --from PATH --to URL}: moves one person's H2 data into the team database; run again, it
 * adds what is new since and nothing twice.
 */
@Command(name = "db", description = "Works on whole databases.", subcommands = DbCommand.Copy.class)
public class DbCommand {

    @Command(name = "copy", description = "Copies contracts, audits, decisions and their history, launches and tickets"
            + " from one database into another (an H2 file into the team database). Running it again adds what is new since, copies nothing twice and updates what changed in the file since (where the"
            + " target changed the same thing too, the target's stays and the summary says so).")
    static class Copy implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--from", required = true, paramLabel = "PATH|URL", description = "The database to copy from.")
        String from;
        @Option(names = "--to", required = true, paramLabel = "URL|PATH", description = "The database to copy into.")
        String to;
        @Option(names = "--by", paramLabel = "NAME", description = "Whose file it is: recorded on the copy's changes and"
                + " in the name a launch gets when the target has one of its name (default: the OS user).")
        String by;

        @Override
        public Integer call() {
            return CliSupport.run(spec, () -> {
                if (!from.contains("://") && !java.nio.file.Files.exists(java.nio.file.Path.of(
                        from.endsWith(".mv.db") ? from : from + ".mv.db"))) {
                    throw CliSupport.fail(CliSupport.UNREADABLE, "There is no Clearance database at " + from
                            + " (looked for " + (from.endsWith(".mv.db") ? from : from + ".mv.db") + ")", null);
                }
                try (Database source = CliSupport.openDatabase(from); Database target = CliSupport.openDatabase(to)) {
                    target.changes().actAs(CliSupport.actor(by));
                    DatabaseCopy.Report r = new DatabaseCopy(source, target).run();
                    return CliSupport.confirm(spec, "%s", String.join(System.lineSeparator(),
                            CopyReportText.lines(r, target.description())));
                } catch (StoreException e) {
                    throw CliSupport.fail(CliSupport.UNREADABLE, e.getMessage(), e);
                }
            });
        }
    }
}

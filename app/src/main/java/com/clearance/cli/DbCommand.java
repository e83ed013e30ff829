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
            + " from one database into another (an H2 file into the team database). Running it again adds what is new since and copies nothing twice.")
    static class Copy implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--from", required = true, paramLabel = "PATH|URL", description = "The database to copy from.")
        String from;
        @Option(names = "--to", required = true, paramLabel = "URL|PATH", description = "The database to copy into.")
        String to;

        @Override
        public Integer call() {
            return CliSupport.run(spec, () -> {
                if (!from.contains("://") && !java.nio.file.Files.exists(java.nio.file.Path.of(
                        from.endsWith(".mv.db") ? from : from + ".mv.db"))) {
                    throw CliSupport.fail(CliSupport.UNREADABLE, "There is no Clearance database at " + from
                            + " (looked for " + (from.endsWith(".mv.db") ? from : from + ".mv.db") + ")", null);
                }
                try (Database source = CliSupport.openDatabase(from); Database target = CliSupport.openDatabase(to)) {
                    DatabaseCopy.Report r = new DatabaseCopy(source, target).run();
                    r.skipped().forEach(s -> CliSupport.out(spec).println("skipped " + s));
                    return CliSupport.confirm(spec, "%s", String.join(System.lineSeparator(),
                            CopyReportText.lines(r, target.description())));
                } catch (StoreException e) {
                    throw CliSupport.fail(CliSupport.UNREADABLE, e.getMessage(), e);
                }
            });
        }
    }
}

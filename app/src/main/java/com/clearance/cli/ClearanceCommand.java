package com.clearance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line. Exit codes: 0 all inputs read, 2 usage error, 3 an input could not be read, 4 a change refused
 * because someone changed the same thing first. */
@Command(name = "clearance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionLines.class,
        description = "Scores AI vendor contracts against the AI clause library; runs launch-readiness runbooks.",
        subcommands = {
                ImportCommand.class,
                AuditCommand.class,
                LibraryCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                ReportCommand.class, DiffCommand.class,
                TicketsCommand.class, RunbookCommand.class, LaunchCommand.class,
                ContractsCommand.class, DecideCommand.class, DbCommand.class,
        })
public class ClearanceCommand {

    /** The command line with --help and --version on every command and subcommand, however it was declared. */
    public static CommandLine commandLine() {
        CommandLine root = new CommandLine(new ClearanceCommand());
        addHelp(root);
        return root;
    }

    private static void addHelp(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getSubcommands().values().forEach(ClearanceCommand::addHelp);
    }
}

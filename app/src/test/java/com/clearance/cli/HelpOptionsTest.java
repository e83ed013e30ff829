package com.clearance.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HelpOptionsTest {

    @Test
    void everyCommandAndSubcommandAnswersHelpWithItsUsage() {
        List<String[]> paths = new ArrayList<>();
        collect(ClearanceCommand.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15);
        for (String[] path : paths) {
            CommandLine cli = ClearanceCommand.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            String[] args = append(path, "--help");
            int exit = cli.execute(args);
            assertThat(exit).as(String.join(" ", args)).isZero();
            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage: clearance");
            assertThat(err.toString()).as(String.join(" ", args)).isEmpty();
        }
    }

    private static void collect(CommandLine command, List<String> prefix, List<String[]> paths) {
        for (var entry : command.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(entry.getKey());
            paths.add(path.toArray(String[]::new));
            collect(entry.getValue(), path, paths);
        }
    }

    private static String[] append(String[] path, String last) {
        String[] args = java.util.Arrays.copyOf(path, path.length + 1);
        args[path.length] = last;
        return args;
    }
}

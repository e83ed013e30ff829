package com.clearance.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTest {

    @Test
    void versionNamesTheAppTheClauseLibraryAndTheJavaRuntime() {
        var cli = ClearanceCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--version")).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(3);
        // a release version, as the pom sets it: never a snapshot, never "unknown"
        assertThat(lines[0]).matches("Clearance \\d+\\.\\d+\\.\\d+");
        assertThat(lines[1]).matches("Clause library \\S+ \\(built in\\)");
        assertThat(lines[2]).startsWith("Java runtime " + System.getProperty("java.version"))
                .contains(System.getProperty("java.home"));
    }
}

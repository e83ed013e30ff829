package com.clearance.cli;

import com.clearance.ingest.DamagedPdfs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `audit` carries the warnings met while importing a contract into every output format; a refused file is one line. */
class AuditWarningsTest {

    @TempDir
    static Path dir;
    private static Path damaged;
    private static Path whole;
    private static Path refused;

    @BeforeAll
    static void writeFiles() throws Exception {
        byte[] pdf = DamagedPdfs.whole(12);
        whole = DamagedPdfs.write(dir.resolve("whole.pdf"), pdf);
        damaged = DamagedPdfs.write(dir.resolve("damaged.pdf"), DamagedPdfs.flipContentBytes(pdf, p -> p == 5 || p == 9));
        refused = DamagedPdfs.write(dir.resolve("refused.pdf"), DamagedPdfs.flipContentBytes(pdf, p -> p > 2));
    }

    private static String[] run(String... args) {
        CommandLine cli = new CommandLine(new ClearanceCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new String[]{String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void jsonHasAWarningsArray() throws Exception {
        String[] r = run("audit", "--format", "json", damaged.toString(), whole.toString());
        String[] lines = r[1].split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        JsonNode second = new ObjectMapper().readTree(lines[1]);

        assertThat(r[0]).isEqualTo("0");
        assertThat(first.get("warnings")).hasSize(1);
        assertThat(first.get("warnings").get(0).asText()).startsWith("pages 5, 9 could not be read");
        assertThat(second.get("warnings")).isEmpty();
    }

    @Test
    void markdownAndTableSayItAboveTheScore() {
        String markdown = run("audit", "--format", "markdown", damaged.toString())[1];
        String table = run("audit", "--format", "table", damaged.toString())[1];

        assertThat(markdown).contains("> **Warning:** pages 5, 9 could not be read");
        assertThat(markdown.indexOf("Warning:")).isLessThan(markdown.indexOf("Score:"));
        assertThat(table.lines().skip(1).findFirst().orElseThrow()).startsWith("warning: pages 5, 9 could not be read");
        assertThat(run("audit", "--format", "table", whole.toString())[1]).doesNotContain("warning:");
    }

    @Test
    void aFileBelowTheFloorIsRefusedInOnePlainLine() {
        String[] r = run("audit", refused.toString());

        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).isEmpty();
        assertThat(r[2].strip()).isEqualTo("refused.pdf: only 2 of 12 pages could be read; the file is damaged;"
                + " download or export it again.");
    }
}

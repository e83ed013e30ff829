package com.clearance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `audit` treats a file that is not an agreement as one it could not audit, unless --force is given. */
class NotAnAgreementCliTest {

    @TempDir
    Path dir;

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
    void aNineByteFileIsOnePlainLineExitThreeAndTheOtherFilesAreStillAudited() throws Exception {
        Path tiny = Files.writeString(dir.resolve("note.txt"), "hello you");
        Path page = Files.writeString(dir.resolve("landing.html"), "<html><body><h1>Welcome to Acme</h1><p>Our"
                + " assistant writes emails for you. It is fast.</p></body></html>");
        Path terms = Files.writeString(dir.resolve("terms.txt"), "1. Training\nProvider shall not train on Customer Data.\n");

        String[] r = run("audit", "--format", "table", "--db", dir.resolve("db").toString(), tiny.toString(),
                terms.toString(), page.toString());

        assertThat(r[0]).isEqualTo("3");
        assertThat(r[2].strip().lines()).containsExactly(
                "note.txt: this does not look like an agreement (1 sentence, no obligations found); not audited"
                        + " (give --force to audit it anyway)",
                "landing.html: this does not look like an agreement (2 sentences, no obligations found); not audited"
                        + " (give --force to audit it anyway)");
        assertThat(r[1]).contains("terms.txt: score").doesNotContain("note.txt").doesNotContain("landing.html");
    }

    @Test
    void forceAuditsItWithTheReasonAsAWarning() throws Exception {
        Path tiny = Files.writeString(dir.resolve("note.txt"), "hello you");
        String[] r = run("audit", "--force", "--format", "json", tiny.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("\"document\":\"note.txt\"")
                .contains("this does not look like an agreement (1 sentence, no obligations found); audited because"
                        + " --force was given");
    }
}

package com.clearance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The eval command on our fixtures: figures with the shipped library, a refusal when a clause file is broken. */
class EvalCommandTest {

    private static final Path REPO = Path.of(System.getProperty("clearance.repoRoot", ".."));
    private static final Path FIXTURES = REPO.resolve("app/src/test/resources/eval/fixtures");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ClearanceCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsPerClauseFiguresAndTheConfusionMatrix() {
        int exit = run("eval", FIXTURES.toString(), "--labels", FIXTURES.resolve("labels.yaml").toString(),
                "--library", REPO.resolve("clause-library").toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("training-use", "data-residency", "Confusion")
                .containsPattern("macro-F1 core: [01]\\.\\d{3}")
                .containsPattern("evidence hit rate: [01]\\.\\d{3}");
    }

    @Test
    void refusesToMeasureWithABrokenClauseFile(@TempDir Path dir) throws IOException {
        Path library = dir.resolve("library");
        Files.createDirectories(library);
        try (Stream<Path> files = Files.list(REPO.resolve("clause-library"))) {
            for (Path f : files.toList()) {
                Files.copy(f, library.resolve(f.getFileName()));
            }
        }
        Files.writeString(library.resolve("data-residency.yaml"), "id: data-residency\nconcepts: [unclosed\n");
        int exit = run("eval", FIXTURES.toString(), "--labels", FIXTURES.resolve("labels.yaml").toString(),
                "--library", library.toString());
        assertThat(exit).isEqualTo(3); // as audit and report: the library is an input that could not be read whole
        assertThat(err.toString()).contains("data-residency.yaml", "fix them first").doesNotContain("Exception");
        assertThat(out.toString()).doesNotContain("macro-F1");
    }
}

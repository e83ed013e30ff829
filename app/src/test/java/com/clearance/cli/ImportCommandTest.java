package com.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ClearanceCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path contract() throws Exception {
        return Files.writeString(dir.resolve("terms.md"), """
                # Terms

                ## 2. Data

                **2.3. No Training.** "Customer Data" means prompts. Provider will not train on Customer Data.
                """);
    }

    private List<String> lines(StringWriter w) {
        return w.toString().lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void jsonPrintsOneObjectPerInputInTheDocumentedShape() throws Exception {
        Path md = contract();
        Path txt = Files.writeString(dir.resolve("other.txt"), "1. Scope. It applies.");
        int exit = run("import", md.toString(), txt.toString(), "--format", "json");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        List<String> lines = lines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("document").asText()).isEqualTo("terms.md");
        assertThat(first.get("format").asText()).isEqualTo("markdown");
        assertThat(first.get("pages").asInt()).isEqualTo(1);
        assertThat(first.get("sentences").asInt()).isEqualTo(2);
        assertThat(first.get("warnings").isArray()).isTrue();
        JsonNode section = first.get("sections").get(2);
        assertThat(section.get("number").asText()).isEqualTo("2.3");
        assertThat(section.get("heading").asText()).isEqualTo("No Training");
        assertThat(section.get("page").asInt()).isEqualTo(1);
        JsonNode term = first.get("definedTerms").get(0);
        assertThat(term.get("term").asText()).isEqualTo("Customer Data");
        assertThat(term.get("definition").asText()).isEqualTo("prompts.");
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("format").asText()).isEqualTo("text");
    }

    @Test
    void unreadableInputsExitThreeWithOnePlainLineEachWhileGoodOnesArePrinted() throws Exception {
        Path good = contract();
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path png = Files.write(dir.resolve("picture.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path missing = dir.resolve("missing.md");

        int exit = run("import", empty.toString(), good.toString(), png.toString(), missing.toString(), "--format", "json");

        assertThat(exit).isEqualTo(3);
        assertThat(lines(out)).hasSize(1).allSatisfy(l -> assertThat(l).contains("\"document\":\"terms.md\""));
        List<String> errors = lines(err);
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("empty.txt: ").contains("empty");
        assertThat(errors.get(1)).startsWith("picture.txt: ").contains("not a contract document");
        assertThat(errors.get(2)).startsWith("missing.md: ").contains("does not exist");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("import", contract().toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run("import", "--no-such-option", contract().toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void textFormatIsAReadableSummary() throws Exception {
        int exit = run("import", contract().toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("terms.md  (markdown, 1 page")
                .contains("3 sections, 2 sentences, 1 defined terms")
                .contains("2.3  No Training  (p. 1)")
                .contains("Customer Data: prompts.");
    }
}

package com.clearance.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps our hand-written evaluation data honest: the labels must describe documents that exist, quote words that are
 * really in them, and (for the development fixtures) cover every clause/status pair often enough, in varied styles,
 * for accuracy figures measured on them to mean something.
 */
class FixtureLabelsTest {

    private static final Set<String> CORE = Set.of("training-use", "model-substitution", "data-residency");
    private static final Path EVAL = Path.of(System.getProperty("clearance.repoRoot", ".."), "app", "src", "test", "resources", "eval");

    @ParameterizedTest
    @ValueSource(strings = {"fixtures", "holdout-a"})
    void labelsAreCompleteAndQuotesOccurInTheirDocuments(String set) throws Exception {
        Path dir = EVAL.resolve(set);
        Path labels = dir.resolve("labels.yaml");
        if (set.equals("holdout-a") && !Files.exists(labels)) {
            return; // the holdout set is optional; the fixtures set is not
        }
        LabelSetChecker checker = LabelSetChecker.check(Files.readString(labels), dir);

        assertThat(checker.problems()).as("problems in %s", labels).isEmpty();
        assertThat(checker.documentCount()).isGreaterThanOrEqualTo(set.equals("fixtures") ? 24 : 8);
    }

    @Test
    void everyLabelledFileIsListedAndEveryDocumentIsLabelled() throws Exception {
        for (String set : List.of("fixtures", "holdout-a")) {
            Path dir = EVAL.resolve(set);
            if (!Files.exists(dir.resolve("labels.yaml"))) {
                continue;
            }
            String yaml = Files.readString(dir.resolve("labels.yaml"));
            try (var files = Files.list(dir)) {
                List<String> unlabelled = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.matches(".*\\.(md|txt|html)") && !n.equals("README.md"))
                        .filter(n -> !yaml.contains("file: " + n))
                        .toList();
                assertThat(unlabelled).as("documents in %s without labels", dir).isEmpty();
            }
        }
    }

    @Test
    void fixturesCoverEveryStatusOfEveryClauseInSeveralStyles() throws Exception {
        Path dir = EVAL.resolve("fixtures");
        LabelSetChecker checker = LabelSetChecker.check(Files.readString(dir.resolve("labels.yaml")), dir);

        List<String> shortfalls = new ArrayList<>();
        for (String clause : LabelSetChecker.CLAUSE_IDS) {
            int minimum = CORE.contains(clause) ? 4 : 2;
            for (String status : LabelSetChecker.STATUSES) {
                LabelSetChecker.Cell cell = checker.cell(clause, status);
                if (cell.count() < minimum || cell.styles().size() < 2) {
                    shortfalls.add(clause + "/" + status + ": " + cell.count() + " documents in styles "
                            + cell.styles() + " (need " + minimum + " in 2+ styles)");
                }
            }
        }
        assertThat(shortfalls).as("coverage matrix:%n%s", checker.matrix()).isEmpty();
    }

    @Test
    void checkerReportsEachKindOfBrokenLabel(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "## 1. Data\n\n1.1 Provider shall not   use Customer Data\nto train models.\n");
        Files.writeString(dir.resolve("b.html"), "<nav>Pricing</nav><p>2.1 We <b>never</b> train on prompts.</p>");
        String yaml = """
                documents:
                  - file: a.md
                    style: formal-us
                    clauses:
                      training-use: {status: protective, section: "1.1", quote: "SHALL NOT USE customer data to train"}
                      data-residency: {status: weak, quote: "stored in the EU"}
                      bogus-clause: {status: missing}
                      data-retention: {status: strong}
                  - file: b.html
                    style: web-terms
                    clauses:
                      training-use: {status: protective, section: "2.1", quote: "We never train on prompts"}
                  - file: gone.txt
                    style: british
                    clauses: {}
                """;
        LabelSetChecker checker = LabelSetChecker.check(yaml, dir);

        assertThat(checker.problems())
                .anyMatch(p -> p.contains("a.md / data-residency") && p.contains("needs a section"))
                .anyMatch(p -> p.contains("a.md / data-residency") && p.contains("quote not found"))
                .anyMatch(p -> p.contains("unknown clause id 'bogus-clause'"))
                .anyMatch(p -> p.contains("a.md / data-retention") && p.contains("status 'strong'"))
                .anyMatch(p -> p.contains("a.md: clause 'exit-portability' is not listed"))
                .anyMatch(p -> p.contains("gone.txt: file does not exist"))
                .noneMatch(p -> p.contains("training-use") && p.contains("quote"));
        assertThat(checker.cell("training-use", "protective").styles()).containsExactly("formal-us", "web-terms");
    }

    @Test
    void invalidYamlIsReportedNotThrown(@TempDir Path dir) {
        LabelSetChecker checker = LabelSetChecker.check("documents: [unclosed", dir);
        assertThat(checker.problems()).singleElement().asString().contains("not valid YAML");
    }
}

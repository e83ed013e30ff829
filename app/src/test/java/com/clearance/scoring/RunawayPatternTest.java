package com.clearance.scoring;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Finding;
import com.clearance.library.ClauseLibraryLoader;
import com.clearance.library.LoadedLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A library pattern that backtracks without end on one sentence, yet passes validation (no static check catches
 * every such pattern), fails the clauses that need it with a plain sentence naming the file and the pattern; the
 * rest of the audit goes on and the audit is marked partial.
 */
class RunawayPatternTest {

    /** Exponential on a long word not followed by "forbidden": (\w{1,9}\s?){20} splits the word every possible way, and its
     *  inner repetition is bounded, so the validator (which looks for unbounded ones) lets it through. */
    private static final String RUNAWAY = "training (\\w{1,9}\\s?){20} forbidden";

    private static Path libraryWithRunawayPattern(Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        try (Stream<Path> files = Files.list(TestDocs.libraryFolder())) {
            for (Path f : files.toList()) {
                Files.copy(f, lib.resolve(f.getFileName()));
            }
        }
        Path training = lib.resolve("training-use.yaml");
        String yaml = Files.readString(training);
        assertThat(yaml).contains("  model-training:\n");
        Files.writeString(training, yaml.replace("  model-training:\n", "  model-training:\n    - '" + RUNAWAY + "'\n"));
        return lib;
    }

    private static ContractDocument contract() {
        return TestDocs.doc()
                .in("1", "Use of data", "Provider may use Customer Data for training " + "a".repeat(60) + " purposes.")
                .in("2", "Retention", "Provider shall delete Customer Data within 30 days after termination.")
                .build();
    }

    @Test
    void aRunawayPatternFailsItsClauseNamingFileAndPatternWhileTheRestIsAudited(@TempDir Path dir) throws Exception {
        LoadedLibrary loaded = new ClauseLibraryLoader().load(libraryWithRunawayPattern(dir));
        assertThat(loaded.errors()).as("the pattern passes validation").isEmpty();
        AuditEngine engine = new AuditEngine(loaded.library());

        AuditResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> engine.audit(contract()));

        assertThat(r.findings()).extracting(Finding::clauseId).doesNotContain("training-use")
                .contains("data-retention", "liability-cap");
        assertThat(r.clauseFailures()).anySatisfy(f -> assertThat(f)
                .startsWith("clause training-use was not audited: training-use.yaml: pattern '" + RUNAWAY
                        + "' of concept 'model-training' took more than 1000 ms on one sentence"));
        assertThat(r.clauseFailures()).noneMatch(f -> f.contains("Exception"));
        assertThat(r.libraryVersion()).contains("(partial: ").contains("training-use").endsWith(" not audited)");
        assertThat(r.scoreExplanation()).contains("Not audited: clause training-use");
        assertThat(r.findings().size() + r.clauseFailures().size()).isEqualTo(loaded.library().clauses().size());
    }

    @Test
    void aWholeAuditHasNoFailuresAndNoMark() {
        AuditResult r = new AuditEngine(TestDocs.shippedLibrary()).audit(contract());

        assertThat(r.clauseFailures()).isEmpty();
        assertThat(r.libraryVersion()).doesNotContain("partial");
        assertThat(r.findings()).hasSize(TestDocs.shippedLibrary().clauses().size());
    }
}

package com.clearance.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Validation: every problem comes back with file, field and what is wrong, and the good files still load. */
class ClauseLibraryLoaderTest {

    static final String VOCAB = """
            version: "t1"
            concepts:
              cue-prohibition: ['shall not']
              cue-permission: ['may']
              cue-obligation: ['shall']
              cue-double-negation: ['nothing herein restricts']
              customer-content: ['customer data']
              train: ['train\\\\w*']
            """;

    static String clause(String id, String status) {
        return """
                id: %s
                title: A clause
                category: test
                weight: 2
                why: Because.
                lookedFor: a sentence on training
                signals:
                  require: [[customer-content], [train]]
                rules:
                  - when: {all: [prohibition]}
                    status: %s
                    rationale: "prohibited"
                recommendation: {preferred: "Do not train.", fallback: "Ask first."}
                """.formatted(id, status);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void goodFilesLoadBesideBrokenOnes(@TempDir Path dir) throws Exception {
        write(dir, "_vocabulary.yaml", VOCAB);
        write(dir, "good.yaml", clause("good", "protective"));
        write(dir, "badstatus.yaml", clause("badstatus", "excellent"));
        write(dir, "broken.yaml", "id: broken\n  title: [unclosed\n");
        write(dir, "nofield.yaml", clause("nofield", "weak").replace("weight: 2\n", ""));
        write(dir, "dangling.yaml", clause("dangling", "weak").replace("[train]]", "[training-words]]"));
        LoadedLibrary loaded = new ClauseLibraryLoader().load(dir);

        assertThat(loaded.library().clauses()).extracting(c -> c.id()).containsExactly("good");
        assertThat(loaded.errors()).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("badstatus.yaml");
            assertThat(e.field()).isEqualTo("rules[0].status");
            assertThat(e.message()).contains("'excellent'");
        });
        assertThat(loaded.errors()).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("broken.yaml");
            assertThat(e.message()).contains("not valid YAML");
        });
        assertThat(loaded.errors()).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("nofield.yaml");
            assertThat(e.field()).isEqualTo("weight");
            assertThat(e.message()).contains("missing");
        });
        assertThat(loaded.errors()).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("dangling.yaml");
            assertThat(e.field()).isEqualTo("signals.require[1]");
            assertThat(e.message()).contains("training-words");
        });
    }

    @Test
    void duplicateIdsAndMisnamedFilesAreReported(@TempDir Path dir) throws Exception {
        write(dir, "_vocabulary.yaml", VOCAB);
        write(dir, "one.yaml", clause("one", "weak"));
        write(dir, "two.yaml", clause("one", "weak"));
        LoadedLibrary loaded = new ClauseLibraryLoader().load(dir);
        assertThat(loaded.library().clauses()).hasSize(1);
        assertThat(loaded.errors()).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("two.yaml");
            assertThat(e.field()).isEqualTo("id");
        });
    }

    @Test
    void badPatternsUnknownFieldsAndMissingStatusAreReported(@TempDir Path dir) throws Exception {
        write(dir, "_vocabulary.yaml", VOCAB + "  broken: ['(unclosed']\n");
        write(dir, "x.yaml", clause("x", "missing") + "colour: blue\n");
        LoadedLibrary loaded = new ClauseLibraryLoader().load(dir);
        assertThat(loaded.errors()).anySatisfy(e -> assertThat(e.toString()).contains("_vocabulary.yaml [concepts.broken[0]]"));
        assertThat(loaded.errors()).anySatisfy(e -> assertThat(e.toString()).contains("x.yaml [colour]"));
        assertThat(loaded.errors()).anySatisfy(e -> assertThat(e.toString()).contains("x.yaml [rules[0].status]: cannot be 'missing'"));
    }

    @Test
    void missingVocabularyIsReportedAndAFolderIsRequired(@TempDir Path dir) throws Exception {
        write(dir, "x.yaml", clause("x", "weak"));
        LoadedLibrary loaded = new ClauseLibraryLoader().load(dir);
        assertThat(loaded.errors()).anySatisfy(e -> assertThat(e.file()).isEqualTo("_vocabulary.yaml"));
        assertThatThrownBy(() -> new ClauseLibraryLoader().load(dir.resolve("nope")))
                .isInstanceOf(ClauseLibraryException.class).hasMessageContaining("not a folder");
    }
}

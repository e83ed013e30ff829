package com.clearance.library;

import com.clearance.scoring.ClauseDefinition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every clause file we ship loads without a single error, and the library holds the 17 clause ids. */
class ShippedLibraryTest {

    static final List<String> IDS = List.of("training-use", "model-substitution", "data-residency", "data-retention",
            "subprocessors", "output-ownership", "ip-indemnity", "safety-change-notice", "notice-channel",
            "security-incident", "confidentiality", "human-review", "performance-sla", "price-change", "audit-rights",
            "liability-cap", "exit-portability");

    static Path libraryFolder() {
        return Path.of(System.getProperty("clearance.repoRoot", "..")).resolve("clause-library");
    }

    @Test
    void shippedFolderLoadsWithoutErrors() throws Exception {
        LoadedLibrary loaded = new ClauseLibraryLoader().load(libraryFolder());
        assertThat(loaded.errors()).as("errors").isEmpty();
        assertThat(loaded.library().clauses()).extracting(ClauseDefinition::id).containsExactlyElementsOf(IDS);
        assertThat(loaded.library().version()).startsWith("2026.11-1+");
    }

    @Test
    void classpathCopyLoadsTheSameClauses() throws Exception {
        LoadedLibrary loaded = new ClauseLibraryLoader().loadDefault();
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.library().clauses()).hasSize(IDS.size());
    }
}

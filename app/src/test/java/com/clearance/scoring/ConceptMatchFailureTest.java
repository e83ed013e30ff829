package com.clearance.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pattern that fails on one sentence fails its concept plainly, naming the pattern, and is remembered. */
class ConceptMatchFailureTest {

    @Test
    void aPatternThatRunsOutOfStackOnAVeryLongSentenceFailsByName() {
        // (a|b)+ splits text one way only, so validation lets it through, but java.util.regex recurses per round
        ConceptIndex index = ConceptIndex.compile(Map.of("deep", List.of("(a|b)+z", "never"))).forDocument();
        int id = index.id("deep");
        String sentence = "ab".repeat(200_000) + "z";

        assertThatThrownBy(() -> index.matches(id, sentence)).isInstanceOf(PatternTimeoutException.class)
                .hasMessageContaining("pattern '(a|b)+z' of concept 'deep' went too deep on one very long sentence");
        assertThatThrownBy(() -> index.matches(id, "abz")).as("remembered for the rest of the document")
                .hasMessageContaining("went too deep");
        assertThat(ConceptIndex.compile(Map.of("deep", List.of("(a|b)+z"))).forDocument().matches(0, "abz"))
                .as("a short sentence matches as before").isTrue();
    }

    @Test
    void aPatternThatIsSlowButNotDeepStillFailsOnTime() {
        ConceptIndex index = ConceptIndex.compile(Map.of("slow", List.of("(\\w{1,9}\\s?){20}!"))).forDocument();
        long start = System.nanoTime();

        assertThatThrownBy(() -> index.matches(index.id("slow"), "a".repeat(60)))
                .isInstanceOf(PatternTimeoutException.class).hasMessageContaining("took more than 1000 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }
}

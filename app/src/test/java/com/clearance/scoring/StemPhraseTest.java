package com.clearance.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word-form phrases: any inflection, anywhere in the clause, and the cheap pre-test never drops a real match. */
class StemPhraseTest {

    static boolean holds(String pattern, String text) {
        String t = TextNormalizer.normalize(text);
        StemPhrase p = StemPhrase.parse(pattern);
        boolean full = p.matches(StemPhrase.stems(t));
        // the literal pre-test may only say "cannot match" when the phrase really does not match
        if (full) assertThat(p.mayMatch(t)).as("pre-test on: " + text).isTrue();
        return full;
    }

    @Test
    void inflectionsAndDistanceDoNotMatter() {
        assertThat(holds("~ price, pricing, fee + revise, revision", "Pricing for every plan remains open to revision.")).isTrue();
        assertThat(holds("~ staff, employee + inspect, go through", "Our employees may, where a report is made, inspect it.")).isTrue();
        assertThat(holds("~ staff, employee + inspect, go through", "Staff going through flagged items follow a checklist.")).isTrue();
        assertThat(holds("~ ability + apply", "Abilities differ, and the same rule applies.")).isTrue();
        assertThat(holds("~ probability + company", "Companies weigh the probabilities.")).isTrue();
    }

    @Test
    void everyGroupIsNeeded() {
        assertThat(holds("~ staff + inspect", "Staff are trained every year.")).isFalse();
        assertThat(holds("~ price + revise", "The revised schedule is attached.")).isFalse();
    }

    @Test
    void aMalformedPhraseIsAPlainError() {
        assertThatThrownBy(() -> StemPhrase.parse("~ ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ConceptIndex.problemWith("~ staff + ")).isNotNull();
        assertThat(ConceptIndex.problemWith("~ staff + review")).isNull();
        assertThat(ConceptIndex.compile(java.util.Map.of("c", List.of("~ staff + review"))).matches(0,
                "the staff reviewed it")).isTrue();
    }
}

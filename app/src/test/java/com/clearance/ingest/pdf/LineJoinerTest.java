package com.clearance.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LineJoinerTest {

    private static String join(Set<String> vocabulary, String first, String second) {
        StringBuilder text = new StringBuilder();
        LineJoiner joiner = new LineJoiner(vocabulary);
        joiner.append(text, first);
        joiner.append(text, second);
        return text.toString();
    }

    @Test
    void joinsAWordBrokenAtTheLineEnd() {
        assertThat(join(Set.of(), "every obliga-", "tion of the Provider")).isEqualTo("every obligation of the Provider");
    }

    @Test
    void keepsTheHyphenOfCompounds() {
        assertThat(join(Set.of(), "engage third-", "party hosts")).isEqualTo("engage third-party hosts");
        assertThat(join(Set.of(), "a Non-", "Disclosure Agreement")).isEqualTo("a Non-Disclosure Agreement");
        assertThat(join(Set.of(), "a 30-", "day notice")).isEqualTo("a 30-day notice");
    }

    @Test
    void theDocumentsOwnSpellingDecides() {
        assertThat(join(Set.of("co-operate"), "shall co-", "operate fully")).isEqualTo("shall co-operate fully");
        assertThat(join(Set.of("preexisting"), "any pre-", "existing rights")).isEqualTo("any preexisting rights");
        assertThat(join(Set.of("sub-processor"), "each sub-", "processor")).isEqualTo("each sub-processor");
    }

    @Test
    void ordinaryLinesAreJoinedWithOneSpaceAndSoftHyphensVanish() {
        assertThat(join(Set.of(), "the Customer", "may terminate")).isEqualTo("the Customer may terminate");
        assertThat(join(Set.of(), "a dash -", "then more")).isEqualTo("a dash - then more");
        assertThat(join(Set.of(), "indem\u00AD", "nify")).isEqualTo("indemnify");
    }
}

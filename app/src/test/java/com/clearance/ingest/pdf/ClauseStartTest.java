package com.clearance.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseStartTest {

    @Test
    void recognisesLinesThatOpenAClause() {
        assertThat(List.of("4.2 The Supplier shall", "4. Confidentiality", "12.3.1 Each party", "(b) the Customer",
                "(iv) any fees", "a) Definition:", "Section 7. Term", "Section 7", "ARTICLE IV", "Article 3 - Fees",
                "Schedule 2", "EXHIBIT A", "4.2"))
                .allMatch(ClauseStart::opensClause);
    }

    @Test
    void leavesSentenceContinuationsAlone() {
        assertThat(List.of("Section 10.4(g) of this Agreement: (i) is material;", "Section 7 of this Agreement",
                "1.5 times the fees paid", "30 days after notice", "11.9 hereof, or b) cannot", "the Customer"))
                .noneMatch(ClauseStart::opensClause);
    }
}

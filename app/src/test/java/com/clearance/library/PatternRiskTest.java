package com.clearance.library;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Patterns that can backtrack without end are refused at validation; the shipped kinds of repetition pass. */
class PatternRiskTest {

    @Test
    void nestedRepetitionOfAnythingIsRefused() {
        for (String p : List.of("(.*a){12}$", "(.+x)+", "([^.]*,)*", "((.*)x){3}", "(?:.*a){2,}", "(a+)+", "(\\s*)*",
                "x(?:y.*)+z")) {
            assertThat(PatternRisk.problemWith(p)).as(p).isNotNull().contains("can take forever");
        }
        assertThat(PatternRisk.problemWith("(.*a){12}$")).contains("(.*a){12}").contains("'.*'");
    }

    @Test
    void boundedOrDelimitedRepetitionPasses() {
        for (String p : List.of("(\\w+ ){0,4}(will|shall|may)", "aucune? (\\S+ ){0,12}(ne|n'\\S+)", ".*a", "(a|b)+",
                "[(.*)]+x", "\\(.*\\)+", "(.*+a){12}", "(?>.*a){12}", "(.*a)?", "(?i)train(ing|s)?", "(?<!not )use",
                "(grants?|granting) (\\w+ ){0,8}(a |an )?(\\w+ ){0,6}licen[cs]e", "\\Q(.*)+\\E")) {
            assertThat(PatternRisk.problemWith(p)).as(p).isNull();
        }
    }
}

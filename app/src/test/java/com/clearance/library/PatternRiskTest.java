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
    void anInnerRepetitionThatCanMatchWhatFollowsItIsRefused() {
        // \w* can take the 'a' that ends each round; [a-z]+ can run on into the next round when \s? is skipped
        for (String p : List.of("(\\w*a){15}", "([a-z]+\\s?)*$", "(\\w+\\s*)+", "(\\s*\\w+)+x", "(a+){12}$",
                "(a+b?)+", "((\\w+)\\s?)*", "(?:[a-z]+,?)+", "x(\\w+ ?){2,}", "((ab)+a?)*", "(\\p{L}+\\s?)+")) {
            assertThat(PatternRisk.problemWith(p)).as(p).isNotNull().contains("can take forever");
        }
        assertThat(PatternRisk.problemWith("(\\w*a){15}")).contains("(\\w*a){15}").contains("'\\w*'");
        assertThat(PatternRisk.problemWith("([a-z]+\\s?)*$")).contains("'[a-z]+'");
    }

    @Test
    void alternativesThatMatchTheSameTextAreRefused() {
        for (String p : List.of("(a|aa)*", "(a|aa)+$", "(\\w|\\d)+", "(?:a|ab|b)*", "(x|[a-z])+", "((a|[a-z])b)*")) {
            assertThat(PatternRisk.problemWith(p)).as(p).isNotNull().contains("can take forever");
        }
        assertThat(PatternRisk.problemWith("(a|aa)*")).contains("'a' and 'aa'");
    }

    @Test
    void wrappingTheWholeRepetitionInAnAtomicGroupDoesNotHelp() {
        // only the finished match is kept atomically: reaching it still backtracks through every split
        assertThat(PatternRisk.problemWith("(?>(\\w*a){15})")).isNotNull();
        assertThat(PatternRisk.problemWith("(?=(a+)+b)")).as("inside a lookahead").isNotNull();
    }

    @Test
    void boundedOrDelimitedRepetitionPasses() {
        for (String p : List.of("(\\w+ ){0,4}(will|shall|may)", "aucune? (\\S+ ){0,12}(ne|n'\\S+)", ".*a", "(a|b)+",
                "[(.*)]+x", "\\(.*\\)+", "(.*+a){12}", "(?>.*a){12}", "(.*a)?", "(?i)train(ing|s)?", "(?<!not )use",
                "(grants?|granting) (\\w+ ){0,8}(a |an )?(\\w+ ){0,6}licen[cs]e", "\\Q(.*)+\\E",
                // delimited rounds: each inner run stops at a character it cannot match
                "(\\w+[- ]){0,2}", "(\\w+(-\\w+)? ){0,3}", "(\\S+\\s+){0,3}", "(, \\w+){0,3}", "([a-z']+ ){0,4}x",
                "(ab|abc)*", "(the|this|that) (\\w+ ){0,2}", "(\\w++a){15}", "\\w*a\\w*b", "(\\d+\\.)+\\d+",
                "~ staff + review", "(?:[^,]+, )+and")) {
            assertThat(PatternRisk.problemWith(p)).as(p).isNull();
        }
    }
}

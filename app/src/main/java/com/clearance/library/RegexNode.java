package com.clearance.library;

import java.util.List;

/** A regular expression read into a tree, with where each part stands in the pattern (for messages). */
sealed interface RegexNode {

    int start();

    int end();

    /** One character out of a set: a literal, '.', a class or an escape like \w. */
    record Chars(RegexCharSet set, int start, int end) implements RegexNode {
    }

    /** Something that matches no characters: an anchor, \b, an inline flag. */
    record Empty(int start, int end) implements RegexNode {
    }

    /** A lookahead or lookbehind: zero-width, but its body is a pattern of its own. */
    record Look(RegexNode body, int start, int end) implements RegexNode {
    }

    /** An atomic group (?>...): once matched it never gives characters back. */
    record Atomic(RegexNode body, int start, int end) implements RegexNode {
    }

    record Sequence(List<RegexNode> items, int start, int end) implements RegexNode {
    }

    record Alternation(List<RegexNode> options, int start, int end) implements RegexNode {
    }

    /** {@code body} repeated min to max times (max -1 without bound); possessive ones never backtrack. */
    record Repeat(RegexNode body, int min, int max, boolean possessive, int start, int end) implements RegexNode {

        boolean unbounded() {
            return max < 0;
        }

        boolean repeatsMoreThanOnce() {
            return max < 0 || max > 1;
        }
    }
}

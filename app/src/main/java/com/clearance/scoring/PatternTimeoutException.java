package com.clearance.scoring;

/**
 * One concept's pattern took longer than {@link ConceptIndex#MATCH_BUDGET_MILLIS} on one sentence, or ran out of
 * stack on it (a repeated alternation over a very long sentence): the clauses that
 * need the concept are not audited for this document (the rest of the audit goes on), and the message names the
 * concept and the pattern so the library's author can fix it.
 */
public final class PatternTimeoutException extends RuntimeException {

    private final String concept;
    private final String pattern;

    PatternTimeoutException(String concept, String pattern) {
        this(concept, pattern, "took more than " + ConceptIndex.MATCH_BUDGET_MILLIS + " ms on one sentence");
    }

    private PatternTimeoutException(String concept, String pattern, String what) {
        super("pattern '" + pattern + "' of concept '" + concept + "' " + what, null, false, false);
        this.concept = concept;
        this.pattern = pattern;
    }

    /** The pattern nested deeper than the matcher's stack allows on one very long sentence. */
    static PatternTimeoutException tooDeep(String concept, String pattern) {
        return new PatternTimeoutException(concept, pattern, "went too deep on one very long sentence (repeat a"
                + " character class such as [ab]+ rather than an alternation such as (a|b)+)");
    }

    public String concept() {
        return concept;
    }

    public String pattern() {
        return pattern;
    }
}

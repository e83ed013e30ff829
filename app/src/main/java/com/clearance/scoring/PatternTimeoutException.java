package com.clearance.scoring;

/**
 * One concept's pattern took longer than {@link ConceptIndex#MATCH_BUDGET_MILLIS} on one sentence: the clauses that
 * need the concept are not audited for this document (the rest of the audit goes on), and the message names the
 * concept and the pattern so the library's author can fix it.
 */
public final class PatternTimeoutException extends RuntimeException {

    private final String concept;
    private final String pattern;

    PatternTimeoutException(String concept, String pattern) {
        super("pattern '" + pattern + "' of concept '" + concept + "' took more than "
                + ConceptIndex.MATCH_BUDGET_MILLIS + " ms on one sentence", null, false, false);
        this.concept = concept;
        this.pattern = pattern;
    }

    public String concept() {
        return concept;
    }

    public String pattern() {
        return pattern;
    }
}

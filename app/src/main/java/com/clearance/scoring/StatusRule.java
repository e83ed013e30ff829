package com.clearance.scoring;

import com.clearance.domain.Status;

/**
 * One judging rule of a clause: when the condition holds for a candidate sentence, the sentence points to this status
 * (null: the sentence decides nothing) and the rationale says what decided it. A tentative rule only counts when no
 * other sentence decides the clause firmly (e.g. "a sub-processor list exists" is weak only if nothing better is
 * found; an "as is" disclaimer is adverse only when there is no availability commitment). A rule may carry a
 * {@code tag}; a verdict whose rule lists that tag in {@code softenedBy} becomes weak when any sentence of the same
 * document was judged by a rule with the tag (training on by default, but an opt-out covering all of it exists), or,
 * with {@code softenedAway}, drops out so that the tagged sentence decides ("may change prices at any time" when
 * another sentence promises 30 days' notice).
 */
public record StatusRule(Condition when, Status status, String rationale, boolean tentative, String tag,
                         java.util.Set<String> softenedBy, boolean softenedAway) {

    public StatusRule {
        // library order: the first listed tag that applies explains a softened finding, the same on every run
        softenedBy = softenedBy == null ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(softenedBy));
    }

    public StatusRule(Condition when, Status status, String rationale) {
        this(when, status, rationale, false, null, java.util.Set.of(), false);
    }
}

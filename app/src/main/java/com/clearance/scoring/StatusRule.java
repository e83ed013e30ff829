package com.clearance.scoring;

import com.clearance.domain.Status;

/**
 * One judging rule of a clause: when the condition holds for a candidate sentence, the sentence points to this status
 * (null: the sentence decides nothing) and the rationale says what decided it. A tentative rule only counts when no
 * other sentence decides the clause firmly (e.g. "a sub-processor list exists" is weak only if nothing better is
 * found; an "as is" disclaimer is adverse only when there is no availability commitment).
 */
public record StatusRule(Condition when, Status status, String rationale, boolean tentative) {

    public StatusRule(Condition when, Status status, String rationale) {
        this(when, status, rationale, false);
    }
}

package com.clearance.scoring;

import com.clearance.domain.Status;

/**
 * What one candidate sentence says about one clause: its index in the document, status, why, and whether tentative.
 * {@code supportIndex} is another sentence of the agreement the reading relied on (the one that incorporates a
 * policy, say), or -1.
 */
public record SentenceVerdict(int sentenceIndex, Status status, String rationale, boolean tentative, StatusRule rule,
                              int supportIndex) {

    public SentenceVerdict(int sentenceIndex, Status status, String rationale, boolean tentative, StatusRule rule) {
        this(sentenceIndex, status, rationale, tentative, rule, -1);
    }

    /** Adverse made weak by another sentence; {@code because} is that sentence's own rationale. */
    SentenceVerdict softened(String because) {
        return new SentenceVerdict(sentenceIndex, Status.WEAK, rationale + ", softened elsewhere: " + because,
                tentative, rule, supportIndex);
    }
}

package com.clearance.scoring;

import com.clearance.domain.Status;

/** What one candidate sentence says about one clause: its index in the document, status, why, and whether tentative. */
public record SentenceVerdict(int sentenceIndex, Status status, String rationale, boolean tentative, StatusRule rule) {

    /** Adverse made weak by another sentence; {@code because} is that sentence's own rationale. */
    SentenceVerdict softened(String because) {
        return new SentenceVerdict(sentenceIndex, Status.WEAK, rationale + ", softened elsewhere: " + because,
                tentative, rule);
    }
}

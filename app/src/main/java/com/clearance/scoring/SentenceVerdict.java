package com.clearance.scoring;

import com.clearance.domain.Status;

/** What one candidate sentence says about one clause: its index in the document, status, why, and whether tentative. */
public record SentenceVerdict(int sentenceIndex, Status status, String rationale, boolean tentative, StatusRule rule) {

    SentenceVerdict softened(String byTag) {
        return new SentenceVerdict(sentenceIndex, Status.WEAK, rationale + ", softened by a sentence on " + byTag,
                tentative, rule);
    }
}

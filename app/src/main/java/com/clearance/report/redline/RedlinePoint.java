package com.clearance.report.redline;

import com.clearance.domain.Evidence;
import com.clearance.domain.Status;

/**
 * One proposal in a redline: for a clause to negotiate, the deciding sentence to strike (null for a missing clause),
 * the language to put in, and what the comment on it says: the issue, the reason, the fallback position and the
 * reviewer's note ("" when none).
 */
public record RedlinePoint(String clauseId, String title, Status status, Evidence deciding, String preferred,
                           String reason, String fallback, String note) {

    public boolean missing() {
        return deciding == null;
    }
}

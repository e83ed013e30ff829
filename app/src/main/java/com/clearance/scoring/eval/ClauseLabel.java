package com.clearance.scoring.eval;

import com.clearance.domain.Status;

/**
 * The expected status of one clause in one labelled document, where the deciding sentence sits (all optional), and
 * the labeller's reason, shown beside a disagreement.
 */
public record ClauseLabel(Status status, String section, Integer page, String quote, String note) {

    public ClauseLabel(Status status, String section, Integer page, String quote) {
        this(status, section, page, quote, null);
    }
}

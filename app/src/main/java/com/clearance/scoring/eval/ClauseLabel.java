package com.clearance.scoring.eval;

import com.clearance.domain.Status;

/** The expected status of one clause in one labelled document, and where the deciding sentence sits (optional). */
public record ClauseLabel(Status status, String section, Integer page, String quote) {
}

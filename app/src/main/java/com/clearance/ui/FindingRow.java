package com.clearance.ui;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.persistence.DecisionRecord;

/** One line of the scorecard: the clause, its finding, and the reviewer's decision on it (null when none yet). */
public record FindingRow(String clauseId, String title, String category, double weight, Finding finding,
                         DecisionRecord decision) {

    public Status status() {
        return finding.status();
    }

    public String decisionText() {
        return decision == null ? "" : decision.decision().id();
    }
}

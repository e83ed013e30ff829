package com.clearance.domain.reporting;

import com.clearance.domain.DecisionKind;

/** How the reviewer's decisions read in a report; {@code none} stands for a clause not yet decided. */
public record DecisionLabels(String accept, String negotiate, String waive, String none) {

    public String label(DecisionKind kind) {
        if (kind == null) {
            return none;
        }
        return switch (kind) {
            case ACCEPT -> accept;
            case NEGOTIATE -> negotiate;
            case WAIVE -> waive;
        };
    }
}

package com.clearance.report.negotiation;

import com.clearance.domain.Decision;
import com.clearance.domain.DecisionKind;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.report.AuditedContract;

import java.util.List;

/** Which findings go into the negotiation pack: every clause not protective, less those settled if so configured. */
final class NegotiationPoints {

    private NegotiationPoints() {
    }

    static List<Finding> select(AuditedContract contract, boolean omitSettled) {
        return contract.result().findings().stream()
                .filter(f -> f.status() != Status.PROTECTIVE)
                .filter(f -> !omitSettled || !settled(contract.context().decision(f.clauseId())))
                .toList();
    }

    private static boolean settled(Decision d) {
        return d != null && (d.kind() == DecisionKind.ACCEPT || d.kind() == DecisionKind.WAIVE);
    }
}

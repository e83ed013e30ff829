package com.clearance.report.redline;

import com.clearance.domain.Decision;
import com.clearance.domain.DecisionKind;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ClauseText;

import java.util.ArrayList;
import java.util.List;

/**
 * Which findings become tracked changes: those the reviewer marked to negotiate, or, when no decision was recorded
 * at all, every weak, adverse and missing one. A finding with no language to propose is left out.
 */
public final class RedlinePoints {

    private RedlinePoints() {
    }

    public static List<RedlinePoint> select(AuditedContract contract, ClauseCatalog clauses) {
        boolean anyDecision = !contract.context().decisions().isEmpty();
        List<RedlinePoint> out = new ArrayList<>();
        for (Finding f : contract.result().findings()) {
            Decision d = contract.context().decision(f.clauseId());
            boolean negotiate = anyDecision ? d != null && d.kind() == DecisionKind.NEGOTIATE
                    : f.status() != Status.PROTECTIVE;
            if (!negotiate) {
                continue;
            }
            ClauseText clause = clauses.get(f.clauseId());
            String preferred = !clause.preferredLanguage().isBlank() ? clause.preferredLanguage()
                    : f.recommendation() == null ? "" : f.recommendation();
            if (preferred.isBlank()) {
                continue;
            }
            Evidence deciding = f.status() == Status.MISSING ? null : deciding(f);
            out.add(new RedlinePoint(f.clauseId(), clause.title(), f.status(), deciding, oneLine(preferred),
                    f.rationale() == null ? "" : oneLine(f.rationale()), oneLine(clause.fallbackLanguage()),
                    d == null ? "" : oneLine(d.note())));
        }
        return out;
    }

    /** The sentence that points to the finding's own status, else the first one quoted. */
    private static Evidence deciding(Finding f) {
        for (Evidence e : f.evidence()) {
            if (e.pointsTo() == f.status()) {
                return e;
            }
        }
        return f.evidence().isEmpty() ? null : f.evidence().get(0);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}

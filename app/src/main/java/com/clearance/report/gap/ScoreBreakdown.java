package com.clearance.report.gap;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.report.ClauseCatalog;
import com.clearance.scoring.Score;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the score was reached, clause by clause: weight times the engine's credit for the status. Known only when the
 * catalogue gives every clause a weight; otherwise the report falls back to the engine's own explanation.
 */
record ScoreBreakdown(boolean known, double earned, double total) {

    static ScoreBreakdown of(List<Finding> findings, ClauseCatalog clauses) {
        boolean known = !findings.isEmpty() && findings.stream().allMatch(f -> clauses.get(f.clauseId()).weight() > 0);
        double earned = 0;
        double total = 0;
        for (Finding f : findings) {
            double w = clauses.get(f.clauseId()).weight();
            total += w;
            earned += w * Score.credit(f.status());
        }
        return new ScoreBreakdown(known, earned, total);
    }

    static String points(Finding f, ClauseCatalog clauses) {
        return number(clauses.get(f.clauseId()).weight() * Score.credit(f.status()));
    }

    /** "protective 1, weak 0.5, missing 0.25, adverse 0" from the engine itself, so the text cannot drift. */
    static String credits(java.util.function.Function<Status, String> label) {
        return Stream.of(Status.PROTECTIVE, Status.WEAK, Status.MISSING, Status.ADVERSE)
                .map(s -> label.apply(s).toLowerCase(Locale.ROOT) + " " + number(Score.credit(s)))
                .collect(Collectors.joining(", "));
    }

    static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceAll("0$", "");
    }
}

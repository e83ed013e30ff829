package com.clearance.scoring;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;

import java.util.List;
import java.util.Locale;

/**
 * The 0-100 contract score: each clause earns its weight times a credit for its status (protective 1, weak 0.5,
 * missing 0.25, adverse 0). Silence earns a little more than an express adverse grant: the customer can still ask.
 */
public record Score(int value, String explanation) {

    public static double credit(Status status) {
        return switch (status) {
            case PROTECTIVE -> 1.0;
            case WEAK -> 0.5;
            case MISSING -> 0.25;
            case ADVERSE -> 0.0;
        };
    }

    public static Score of(List<ClauseDefinition> clauses, List<Finding> findings) {
        double total = 0;
        double earned = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < clauses.size(); i++) {
            ClauseDefinition c = clauses.get(i);
            Status s = findings.get(i).status();
            double got = c.weight() * credit(s);
            total += c.weight();
            earned += got;
            if (sb.length() > 0) sb.append("; ");
            sb.append(c.id()).append(' ').append(s.id()).append(": ").append(fmt(got)).append(" of ")
                    .append(fmt(c.weight())).append(" points");
        }
        int value = total == 0 ? 0 : (int) Math.round(100.0 * earned / total);
        return new Score(value, "Score " + value + "/100 = " + fmt(earned) + " of " + fmt(total)
                + " weighted points (protective 1, weak 0.5, missing 0.25, adverse 0): " + sb);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}

package com.clearance.ui;

import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.PhaseStatus;

import java.util.Locale;

/** Words for readiness: the score, how it was reached (the weakest open phase), and each phase's standing. */
final class ReadinessText {

    private ReadinessText() {
    }

    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    static String week(int week) {
        return week < 0 ? (-week) + (week == -1 ? " week" : " weeks") + " before launch" : "week " + week + " since launch";
    }

    /**
     * Why the score is what it is: the weakest started phase holds it there (one unfinished phase is not averaged
     * away), named beside the figure, with every phase's completion so progress elsewhere shows.
     */
    static String explanation(LaunchStatus s) {
        PhaseStatus weakest = s.weakestPhase().orElse(null);
        if (weakest == null) {
            return "This runbook has no phases, so there is nothing left to do.";
        }
        boolean anyOpen = s.phases().stream().anyMatch(PhaseStatus::open);
        String how = weakest.complete() + " of " + weakest.total() + " items done or validly waived";
        String base = anyOpen
                ? "Held at " + percent(weakest.completion()) + " by " + weakest.phase().name() + " (" + how + "):"
                  + " readiness is the completion of the weakest phase that has started, not an average."
                : "No phase has started yet, so readiness is the first phase, " + weakest.phase().name() + ", with "
                  + how + ".";
        return base + "\n" + phaseSummary(s);
    }

    /** "Every phase: Pre-launch readiness 89% · Weeks 1-2 71% · … (not started)". */
    static String phaseSummary(LaunchStatus s) {
        return "Every phase: " + String.join(" \u00B7 ", s.phases().stream().map(p -> p.phase().name() + " "
                + percent(p.completion()) + (p.open() ? "" : " (not started)")).toList());
    }

    /** The names of the team members who hold {@code role}, or "no one (role)" when nobody does. */
    static String owners(com.clearance.runbook.Launch launch, String role) {
        java.util.List<String> names = launch.members().stream().filter(m -> m.role().equals(role))
                .map(com.clearance.runbook.Member::name).toList();
        return names.isEmpty() ? "no one (" + role + ")" : String.join(", ", names);
    }

    /** One phase in a word or two: not started, complete, behind (with overdue count) or in progress. */
    static String phaseState(PhaseStatus p) {
        if (p.completion() >= 1.0) {
            return "complete";
        }
        if (!p.open()) {
            return "not started";
        }
        long overdue = p.items().stream().filter(i -> i.state() == ItemStatus.State.OVERDUE).count();
        return overdue > 0 ? "behind: " + overdue + " overdue" : "in progress";
    }

    static String itemState(ItemStatus i) {
        String word = i.state().name().toLowerCase(Locale.ROOT);
        return i.waiverExpired() ? word + " (waiver expired)" : word;
    }

    static String weeks(PhaseStatus p) {
        return p.phase().weeks().from() + " to " + p.phase().weeks().to();
    }
}

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

    /** Why the score is what it is: weakest phase wins, so one unfinished phase is not averaged away. */
    static String explanation(LaunchStatus s) {
        PhaseStatus weakest = s.weakestPhase().orElse(null);
        if (weakest == null) {
            return "This runbook has no phases, so there is nothing left to do.";
        }
        boolean anyOpen = s.phases().stream().anyMatch(PhaseStatus::open);
        String how = weakest.complete() + " of " + weakest.total() + " items done or validly waived";
        String base = anyOpen
                ? "Readiness is the completion of the weakest phase that has started: " + weakest.phase().name()
                  + " (" + weakest.phase().weeks() + ") with " + how + "."
                : "No phase has started yet, so readiness is the first phase, " + weakest.phase().name() + ", with "
                  + how + ".";
        return base + " Phases that have not started do not count; the score is not an average.";
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

package com.clearance.runbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A launch on one day: every phase with its items, and the readiness score, which is the completion of the weakest
 * phase that has opened (so one unfinished phase is not averaged away; phases that have not started yet do not
 * count until their first week).
 */
public record LaunchStatus(Launch launch, LocalDate today, int currentWeek, List<PhaseStatus> phases) {

    public LaunchStatus {
        phases = List.copyOf(phases);
    }

    public double readiness() {
        return weakestPhase().map(PhaseStatus::completion).orElse(1.0);
    }

    /** The open phase with the lowest completion; before any phase opens, the first phase. */
    public Optional<PhaseStatus> weakestPhase() {
        List<PhaseStatus> open = phases.stream().filter(PhaseStatus::open).toList();
        List<PhaseStatus> considered = open.isEmpty() ? phases.stream().limit(1).toList() : open;
        return considered.stream().min((a, b) -> Double.compare(a.completion(), b.completion()));
    }

    public List<ItemStatus> items() {
        return phases.stream().flatMap(p -> p.items().stream()).toList();
    }

    public List<ItemStatus> overdue() {
        return items().stream().filter(i -> i.state() == ItemStatus.State.OVERDUE).toList();
    }

    public List<ItemStatus> atRisk() {
        return items().stream().filter(ItemStatus::atRisk).toList();
    }

    public List<ItemStatus> expiredWaivers() {
        return items().stream().filter(ItemStatus::waiverExpired).toList();
    }
}

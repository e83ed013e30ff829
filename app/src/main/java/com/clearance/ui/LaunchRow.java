package com.clearance.ui;

import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.PhaseStatus;

import java.time.LocalDate;

/** One line of the launch list: the launch and where it stands today (readiness from its weakest open phase). */
public record LaunchRow(String name, String feature, LocalDate launchDate, int week, double readiness,
                        String weakestPhase, int overdue, int atRisk) {

    static LaunchRow of(LaunchStatus s) {
        return new LaunchRow(s.launch().name(), s.launch().feature(), s.launch().launchDate(), s.currentWeek(),
                s.readiness(), s.weakestPhase().map(PhaseStatus::phase).map(p -> p.name()).orElse(""),
                s.overdue().size(), s.atRisk().size());
    }

    public String readinessText() {
        return ReadinessText.percent(readiness);
    }
}

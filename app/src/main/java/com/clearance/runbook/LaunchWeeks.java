package com.clearance.runbook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Weeks relative to launch day: week 1 is launch day and the six days after; week -1 the seven days before. No week 0. */
public final class LaunchWeeks {

    private LaunchWeeks() {
    }

    public static int weekOf(LocalDate launch, LocalDate day) {
        long days = ChronoUnit.DAYS.between(launch, day);
        return days >= 0 ? (int) (days / 7) + 1 : -(int) ((-days - 1) / 7) - 1;
    }
}

package com.clearance.service;

import com.clearance.report.ReportWriteException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Exports a launch's readiness report (PDF) as it stands on a day, through the report service (atomic write). */
public final class LaunchReports {

    private final LaunchService launches;
    private final Supplier<ReportService> reports;

    public LaunchReports(LaunchService launches, Supplier<ReportService> reports) {
        this.launches = launches;
        this.reports = reports;
    }

    public void readinessReport(String launchName, LocalDate today, Path target)
            throws LaunchException, ReportWriteException {
        reports.get().readinessReport(ReportService.launchReport(launches, launchName, today), target);
    }
}

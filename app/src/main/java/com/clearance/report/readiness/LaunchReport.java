package com.clearance.report.readiness;

import com.clearance.runbook.ExpectedVsObserved;
import com.clearance.runbook.LaunchStatus;

/** What the readiness report shows: a launch's status on a day, and its tickets against expectations (may be empty). */
public record LaunchReport(LaunchStatus status, ExpectedVsObserved.Result tickets, String templateName) {

    public LaunchReport {
        if (status == null || tickets == null) {
            throw new IllegalArgumentException("a readiness report needs the launch status and the ticket picture");
        }
    }
}

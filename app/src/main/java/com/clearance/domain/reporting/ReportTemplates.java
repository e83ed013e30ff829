package com.clearance.domain.reporting;

/** All report wording and the shared theme, as loaded from the reports folder. */
public record ReportTemplates(ReportTheme theme, GapReportWording gap, NegotiationWording negotiation,
                              PortfolioWording portfolio, ReadinessWording readiness, RedlineWording redline) {
}

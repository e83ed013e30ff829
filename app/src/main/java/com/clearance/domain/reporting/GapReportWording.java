package com.clearance.domain.reporting;

/** Every word the gap report prints that does not come from the contract or the clause library. */
public record GapReportWording(String title, String subtitle, String disclaimer, GapCoverLabels cover,
                               GapSectionWording sections, GapFindingLabels finding, SignOff signOff,
                               PageFooter footer, DecisionLabels decisions) {
}

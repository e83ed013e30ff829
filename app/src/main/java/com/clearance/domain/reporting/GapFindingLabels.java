package com.clearance.domain.reporting;

/** Labels inside a finding's section and the summary table's column headers. */
public record GapFindingLabels(String clauseColumn, String weightColumn, String statusColumn, String pointsColumn,
                               String decisionColumn, String status,
                               String evidence, String evidenceAt, String noEvidence, String lookedFor,
                               String rationale, String whyItMatters, String recommendation, String fallback,
                               String decision,
                               String note) {
}

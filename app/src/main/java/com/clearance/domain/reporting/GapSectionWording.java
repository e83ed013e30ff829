package com.clearance.domain.reporting;

/**
 * Section headings of the gap report and the short texts under them. {@code scoreOutOf} reads "{score} out of 100";
 * {@code scoreMethod} explains the sum with {earned}, {total} and {credits}; {@code statusCount} reads
 * "{count} {status}".
 */
public record GapSectionWording(String score, String scoreOutOf, String scoreMethod, String statusCount, String summary,
                                String findings, String findingsIntro, String allProtective) {
}

package com.clearance.domain.reporting;

/** Sheet names and column headers of the portfolio workbook. */
public record PortfolioWording(String matrixSheet, String findingsSheet, String contract, String vendor,
                               String score, String clause, String status, String evidence, String page,
                               String section, String decision, String note, String reviewer) {
}

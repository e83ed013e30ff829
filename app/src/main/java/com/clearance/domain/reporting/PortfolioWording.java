package com.clearance.domain.reporting;

/**
 * Sheet names and column headers of the portfolio workbook. {@code library} heads the column with each audit's clause
 * library version (which says when clauses were left out); {@code notAudited} fills a clause's cell when a partial
 * audit left it out. A template folder from before they existed gets the English defaults.
 */
public record PortfolioWording(String matrixSheet, String findingsSheet, String contract, String vendor,
                               String score, String clause, String status, String evidence, String page,
                               String section, String decision, String note, String reviewer, String library,
                               String notAudited) {

    public PortfolioWording {
        library = library == null ? "Clause library" : library;
        notAudited = notAudited == null ? "not audited" : notAudited;
    }
}

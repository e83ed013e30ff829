package com.clearance.domain.reporting;

import com.clearance.domain.Status;

/**
 * Wording of the redline: the labels and sentences of the comment on each tracked change, the author when no reviewer
 * is named, the page header of a redline made from a contract that was not a Word file, and the label of the comment
 * on the first paragraph of a redline from an incomplete audit (a partial clause library, a clause not audited).
 * {@code {clause}}, {@code {status}}, {@code {sentence}}, {@code {document}} and {@code {vendor}} are filled in.
 */
public record RedlineWording(String defaultAuthor, String issueLabel, String issue, String missingIssue,
                             String reasonLabel, String fallbackLabel, String noFallback, String noteLabel,
                             String currentWordingLabel, String notFound, String alsoDecides, String textHeader,
                             String incompleteAudit) {

    public RedlineWording {
        // a template folder from before this label existed gets the English one
        incompleteAudit = incompleteAudit == null
                ? "Incomplete audit: clauses were left out, so this redline has no proposals for them." : incompleteAudit;
    }

    public String issue(String clauseTitle, Status status) {
        return (status == Status.MISSING ? missingIssue : issue).replace("{clause}", clauseTitle)
                .replace("{status}", status.id());
    }

    public String notFound(String sentence) {
        return notFound.replace("{sentence}", sentence);
    }

    public String alsoDecides(String clauseTitle) {
        return alsoDecides.replace("{clause}", clauseTitle);
    }

    public String textHeader(String document, String vendor) {
        return textHeader.replace("{document}", document).replace("{vendor}", vendor);
    }
}

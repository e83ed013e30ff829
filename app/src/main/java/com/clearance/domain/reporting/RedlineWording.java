package com.clearance.domain.reporting;

import com.clearance.domain.Status;

/**
 * Wording of the redline: the labels and sentences of the comment on each tracked change, the author when no reviewer
 * is named, and the page header of a redline made from a contract that was not a Word file. {@code {clause}},
 * {@code {status}}, {@code {sentence}}, {@code {document}} and {@code {vendor}} are filled in.
 */
public record RedlineWording(String defaultAuthor, String issueLabel, String issue, String missingIssue,
                             String reasonLabel, String fallbackLabel, String noFallback, String noteLabel,
                             String currentWordingLabel, String notFound, String alsoDecides, String textHeader) {

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

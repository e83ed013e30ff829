package com.clearance.domain.reporting;

import com.clearance.domain.Status;

import java.util.Map;

/**
 * Wording of the negotiation pack. {@code problems} holds one sentence per non-protective status id (weak, adverse,
 * missing) where {@code {clause}} becomes the clause title. {@code omitSettled} leaves out clauses the reviewer
 * accepted or waived, since the pack goes to the vendor. {@code noteLabel} leads the reviewer's note on a point. Fonts are names Word knows (e.g. Calibri); the
 * reader's machine supplies them.
 */
public record NegotiationWording(String title, String intro, String bodyFont, String headingFont, String problemLabel, String evidenceLabel,
                                 String noteLabel, String preferredLabel, String fallbackLabel, String noFallback,
                                 Map<String, String> problems, boolean omitSettled, String closing) {

    public NegotiationWording {
        problems = Map.copyOf(problems);
    }

    public String problem(Status status, String clauseTitle) {
        return problems.get(status.id()).replace("{clause}", clauseTitle);
    }
}

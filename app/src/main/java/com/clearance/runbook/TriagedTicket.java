package com.clearance.runbook;

/** A ticket kept for a launch: the classifier's verdict and, if a user corrected it, the corrected category. */
public record TriagedTicket(Ticket ticket, Classification classification, String correctedCategory, String correctedBy) {

    public String category() {
        return correctedCategory != null ? correctedCategory : classification.category();
    }

    public boolean corrected() {
        return correctedCategory != null;
    }

    /** The classification with the corrected category, for counting per category. */
    public Classification effective() {
        if (!corrected()) {
            return classification;
        }
        return new Classification(classification.ticketId(), correctedCategory, classification.score(),
                classification.week(), java.util.List.of("corrected by " + correctedBy));
    }
}

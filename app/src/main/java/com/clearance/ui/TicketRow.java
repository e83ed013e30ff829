package com.clearance.ui;

import com.clearance.runbook.TriagedTicket;

/** One ticket as the table shows it: category (a correction wins), week since launch and the deciding words. */
public record TicketRow(String key, String summary, String category, Integer week, String decidedBy,
                        boolean corrected) {

    static TicketRow of(TriagedTicket t) {
        String words = t.corrected() ? "corrected by " + t.correctedBy() + " (classifier: "
                + t.classification().category() + ")" : t.classification().evidenceText();
        return new TicketRow(t.ticket().id(), t.ticket().summary(), t.category(), t.classification().week(), words,
                t.corrected());
    }

    public String weekText() {
        return week == null ? "–" : String.valueOf(week);
    }
}

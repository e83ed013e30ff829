package com.clearance.cli;

import com.clearance.persistence.DatabaseCopy.ContractOutcome;
import com.clearance.persistence.DatabaseCopy.LaunchOutcome;
import com.clearance.persistence.DatabaseCopy.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentences {@code db copy} ends with: what was new to the target, and what went onto earlier copies. */
final class CopyReportText {

    /** The tables a user thinks in, in their words; findings, evidence and current states come with these. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("audits", "audits");
        WORDS.put("decision_events", "decision changes");
        WORDS.put("contract_events", "renames or deletions");
        WORDS.put("launch_members", "launch members");
        WORDS.put("launch_contracts", "linked contracts");
        WORDS.put("attachments", "attachments");
        WORDS.put("item_state_history", "runbook changes");
        WORDS.put("tickets", "tickets");
        WORDS.put("ticket_corrections", "ticket corrections");
    }

    private CopyReportText() {
    }

    static List<String> lines(Report r, String target) {
        List<String> out = new ArrayList<>();
        out.add(String.format("Copied %d contracts and %d launches into %s.", r.contracts(ContractOutcome.COPIED),
                r.launches(LaunchOutcome.COPIED), target));
        if (r.contracts(ContractOutcome.SAME_FILE) > 0) {
            out.add(String.format("%d contracts were there already (the same file): their audits and decisions from"
                    + " this copy went onto those instead of a duplicate.", r.contracts(ContractOutcome.SAME_FILE)));
        }
        int contractsBefore = r.contracts(ContractOutcome.ADDED_TO) + r.contracts(ContractOutcome.NOTHING_NEW);
        int launchesBefore = r.launches(LaunchOutcome.ADDED_TO) + r.launches(LaunchOutcome.NOTHING_NEW);
        if (contractsBefore + launchesBefore > 0) {
            List<String> added = added(r.addedToEarlier());
            out.add(String.format("%d contracts and %d launches were copied before: %s.", contractsBefore, launchesBefore,
                    added.isEmpty() ? "nothing new in them" : "added what was new in them, " + String.join(", ", added)));
        }
        return out;
    }

    private static List<String> added(Map<String, Integer> rows) {
        List<String> out = new ArrayList<>();
        WORDS.forEach((table, words) -> {
            int n = rows.getOrDefault(table, 0);
            if (n > 0) {
                out.add(n + " " + words);
            }
        });
        return out;
    }
}

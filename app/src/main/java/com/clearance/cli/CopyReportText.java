package com.clearance.cli;

import com.clearance.persistence.DatabaseCopy.Conflict;
import com.clearance.persistence.DatabaseCopy.ContractOutcome;
import com.clearance.persistence.DatabaseCopy.LaunchOutcome;
import com.clearance.persistence.DatabaseCopy.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences {@code db copy} ends with: what was new to the target, what went onto or changed in earlier copies,
 * launches copied under another name, and the parts both sides changed where the target's version stayed.
 */
final class CopyReportText {

    /** The tables a user thinks in, in their words; findings, evidence and current states come with these. */
    private static final Map<String, String> ADDED = new LinkedHashMap<>();
    /** The parts of a copied contract or launch an update changes, in the user's words. */
    private static final Map<String, String> UPDATED = new LinkedHashMap<>();

    static {
        ADDED.put("audits", "audits");
        ADDED.put("decision_events", "decision changes");
        ADDED.put("contract_events", "renames or deletions");
        ADDED.put("launch_members", "launch members");
        ADDED.put("launch_contracts", "linked contracts");
        ADDED.put("attachments", "attachments");
        ADDED.put("item_state_history", "runbook changes");
        ADDED.put("tickets", "tickets");
        ADDED.put("ticket_corrections", "ticket corrections");
        UPDATED.put("vendor", "vendor names");
        UPDATED.put("deleted", "deletions or restores");
        UPDATED.put("decision", "current decisions");
        UPDATED.put("name", "launch names");
        UPDATED.put("feature", "launch features");
        UPDATED.put("launch_date", "launch dates");
        UPDATED.put("link", "contract links or unlinks");
        UPDATED.put("item", "runbook item states");
    }

    private CopyReportText() {
    }

    static List<String> lines(Report r, String target) {
        List<String> out = new ArrayList<>();
        out.add(String.format("Copied %d contracts and %d launches into %s.", r.contracts(ContractOutcome.COPIED),
                r.launches(LaunchOutcome.COPIED) + r.launches(LaunchOutcome.COPIED_AS), target));
        r.launchesCopiedAs().forEach((name, as) -> out.add(String.format("Launch '%s' went over as '%s': %s has"
                + " another launch of that name.", name, as, target)));
        if (r.contracts(ContractOutcome.SAME_FILE) > 0) {
            out.add(String.format("%d contracts were there already (the same file): their audits and decisions from"
                    + " this copy went onto those instead of a duplicate.", r.contracts(ContractOutcome.SAME_FILE)));
        }
        int contractsBefore = r.contracts(ContractOutcome.ADDED_TO) + r.contracts(ContractOutcome.NOTHING_NEW);
        int launchesBefore = r.launches(LaunchOutcome.ADDED_TO) + r.launches(LaunchOutcome.NOTHING_NEW);
        if (contractsBefore + launchesBefore > 0) {
            List<String> added = counted(r.addedToEarlier(), ADDED);
            List<String> updated = counted(r.updated(), UPDATED);
            String what = added.isEmpty() && updated.isEmpty() ? "nothing new in them"
                    : (added.isEmpty() ? "" : "added what was new in them, " + String.join(", ", added))
                    + (added.isEmpty() || updated.isEmpty() ? "" : "; ")
                    + (updated.isEmpty() ? "" : "updated " + String.join(", ", updated));
            out.add(String.format("%d contracts and %d launches were copied before: %s.", contractsBefore, launchesBefore,
                    what));
        }
        if (!r.conflicts().isEmpty()) {
            out.add(String.format("Changed on both sides since the last copy (or different the first time), so %s's"
                    + " version stays:", target));
            r.conflicts().forEach(c -> out.add("  " + c.subject() + ": " + part(c)));
        }
        return out;
    }

    private static String part(Conflict c) {
        return switch (c.kind()) {
            case "vendor" -> "the vendor name";
            case "deleted" -> "deleted or not";
            case "decision" -> "the decision on " + c.detail();
            case "name" -> "the launch name";
            case "feature" -> "the feature";
            case "launch_date" -> "the launch date";
            case "link" -> "the link to contract " + c.detail();
            case "item" -> "runbook item " + c.detail();
            default -> c.kind() + " " + c.detail();
        };
    }

    private static List<String> counted(Map<String, Integer> counts, Map<String, String> words) {
        List<String> out = new ArrayList<>();
        words.forEach((key, word) -> {
            int n = counts.getOrDefault(key, 0);
            if (n > 0) {
                out.add(n + " " + word);
            }
        });
        return out;
    }
}

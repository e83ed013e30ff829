package com.clearance.runbook;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out where a launch stands on a given day: due dates from the launch date, each item's state (a waiver counts
 * as done until it expires), overdue items, and items put at risk by linked contracts whose related clauses are
 * weak, adverse or missing.
 */
public final class LaunchAssessor {

    private LaunchAssessor() {
    }

    public static LaunchStatus assess(RunbookTemplate template, Launch launch, Map<String, ItemState> states,
                                      List<LinkedAudit> audits, LocalDate today) {
        return assess(template, launch, states, audits, today, id -> id);
    }

    /** As above, naming clauses in risk reasons by {@code clauseTitle} (id to title). */
    public static LaunchStatus assess(RunbookTemplate template, Launch launch, Map<String, ItemState> states,
                                      List<LinkedAudit> audits, LocalDate today,
                                      java.util.function.Function<String, String> clauseTitle) {
        int week = LaunchWeeks.weekOf(launch.launchDate(), today);
        List<PhaseStatus> phases = new ArrayList<>();
        for (Phase phase : template.phases()) {
            List<ItemStatus> items = new ArrayList<>();
            for (ChecklistItem item : phase.items()) {
                ItemState recorded = states.getOrDefault(item.id(), ItemState.open(item.id()));
                items.add(status(phase, item, launch, recorded, audits, today, clauseTitle));
            }
            phases.add(new PhaseStatus(phase, phase.weeks().from() <= week, items));
        }
        return new LaunchStatus(launch, today, week, phases);
    }

    private static ItemStatus status(Phase phase, ChecklistItem item, Launch launch, ItemState recorded,
                                     List<LinkedAudit> audits, LocalDate today,
                                     java.util.function.Function<String, String> clauseTitle) {
        LocalDate due = launch.dueDate(item);
        boolean waiverValid = recorded.waiver() != null && recorded.waiver().validOn(today);
        boolean waiverExpired = recorded.waiver() != null && !waiverValid && recorded.completion() == null;
        ItemStatus.State state;
        if (recorded.completion() != null) {
            state = ItemStatus.State.DONE;
        } else if (waiverValid) {
            state = ItemStatus.State.WAIVED;
        } else if (today.isAfter(due)) {
            state = ItemStatus.State.OVERDUE;
        } else {
            state = ItemStatus.State.OPEN;
        }
        List<String> reasons = risks(item, audits, clauseTitle);
        boolean settled = state == ItemStatus.State.DONE || state == ItemStatus.State.WAIVED;
        // a done item is not at risk: the finding stays visible as a quiet note
        return new ItemStatus(item, phase.id(), due, state, waiverExpired, recorded, settled ? List.of() : reasons,
                settled ? reasons : List.of());
    }

    /**
     * One reason per weak, adverse or missing finding on a clause this item relates to: "terms.pdf: Model
     * substitution is weak — rationale" (the document and the clause by title; the rationale after " — ").
     */
    static List<String> risks(ChecklistItem item, List<LinkedAudit> audits,
                              java.util.function.Function<String, String> clauseTitle) {
        List<String> reasons = new ArrayList<>();
        for (LinkedAudit audit : audits) {
            if (audit.result() == null || !audit.result().looksLikeAgreement()) {
                continue; // a document kept although it is not an agreement bears on nothing
            }
            for (String clause : item.clauseIds()) {
                Finding f = audit.result().finding(clause);
                if (f != null && f.status() != Status.PROTECTIVE) {
                    String why = f.rationale() == null || f.rationale().isBlank() ? "" : RATIONALE + f.rationale();
                    reasons.add(audit.result().document() + ": " + clauseTitle.apply(clause) + " is "
                            + f.status().id() + why);
                }
            }
        }
        return reasons;
    }

    /** Separates a risk's head (document, clause, status) from the finding's rationale. */
    public static final String RATIONALE = " \u2014 ";
}

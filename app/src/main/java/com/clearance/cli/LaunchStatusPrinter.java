package com.clearance.cli;

import com.clearance.runbook.ExpectedVsObserved;
import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.Launch;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.Member;
import com.clearance.runbook.PhaseStatus;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Prints a launch's status as plain text for {@code launch show}. */
final class LaunchStatusPrinter {

    private LaunchStatusPrinter() {
    }

    static void print(PrintWriter out, LaunchStatus status, ExpectedVsObserved.Result tickets) {
        Launch l = status.launch();
        out.printf("%s: %s, launch %s, template %s%n", l.name(), l.feature(), l.launchDate(), l.templateId());
        out.printf("Today %s is week %d.%n", status.today(), status.currentWeek());
        if (!l.members().isEmpty()) {
            out.println("Team: " + l.members().stream().map(m -> m.name() + " (" + m.role() + ")")
                    .collect(Collectors.joining(", ")));
        }
        out.println("Contracts: " + (l.contractIds().isEmpty() ? "none linked" : String.join(", ", l.contractIds())));
        status.weakestPhase().ifPresent(w -> out.printf("Readiness: %s, held there by %s (%d of %d done)%n",
                CliSupport.percent(status.readiness()), w.phase().name(), w.complete(), w.total()));
        out.printf("Overdue: %d   At risk: %d   Expired waivers: %d%n%n", status.overdue().size(), status.atRisk().size(),
                status.expiredWaivers().size());
        for (PhaseStatus p : status.phases()) {
            out.printf("== %s [%s] %s: %d/%d (%s)%s%n", p.phase().name(), p.phase().id(), p.phase().weeks(), p.complete(),
                    p.total(), CliSupport.percent(p.completion()), p.open() ? "" : " not started");
            for (ItemStatus i : p.items()) {
                out.printf("  %-9s %-28s due %s  %s  [%s]%n", mark(i), i.item().id(), i.due(), i.item().title(),
                        owner(l, i.item().ownerRole()));
                detail(out, i);
            }
            out.println();
        }
        if (tickets != null && !tickets.surprises().isEmpty()) {
            out.println("Ticket surprises:");
            tickets.surprises().forEach(s -> out.println("  " + s.message()));
        }
        out.flush();
    }

    /** The owner role, with the team members who hold it. */
    private static String owner(Launch l, String role) {
        String who = l.members().stream().filter(m -> m.role().equalsIgnoreCase(role)).map(Member::name)
                .collect(Collectors.joining(", "));
        return who.isEmpty() ? role : role + ": " + who;
    }

    private static String mark(ItemStatus i) {
        return switch (i.state()) {
            case DONE -> "[done]";
            case WAIVED -> "[waived]";
            case OVERDUE -> "[OVERDUE]";
            case OPEN -> "[ ]";
        };
    }

    private static void detail(PrintWriter out, ItemStatus i) {
        var done = i.recorded().completion();
        if (done != null) {
            out.printf("            done by %s on %s%s%n", done.by(), done.at().atZone(ZoneId.systemDefault()).toLocalDate(),
                    done.note() == null ? "" : ": " + done.note());
        }
        var waiver = i.recorded().waiver();
        if (waiver != null && done == null) {
            out.printf("            %s until %s: %s%n", i.waiverExpired() ? "waiver EXPIRED, was valid" : "waived",
                    waiver.until(), waiver.reason());
        }
        for (String risk : i.risks()) {
            out.println("            AT RISK: " + risk);
        }
        for (String note : i.notes()) {
            out.println("            note (done; the contract still bears on it): " + note);
        }
    }

    static String members(java.util.List<Member> members) {
        return members.stream().map(m -> m.name() + ":" + m.role()).collect(Collectors.joining(", "));
    }
}

package com.clearance.report.readiness;

import com.clearance.domain.reporting.ReadinessWording;
import com.clearance.domain.reporting.StatusStyle;
import com.clearance.report.pdf.PdfStyles;
import com.clearance.report.pdf.Rgb;
import com.clearance.report.pdf.TableCell;
import com.clearance.report.pdf.TextStyle;
import com.clearance.runbook.Completion;
import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.Launch;
import com.clearance.runbook.Member;
import com.clearance.runbook.Waiver;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns runbook records into the short texts and cells the readiness report prints. */
final class ReadinessText {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private ReadinessText() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** The owner role with the names of the team members who hold it. */
    static String owner(Launch launch, String role, ReadinessWording w) {
        List<String> names = launch.members().stream().filter(m -> m.role().equals(role)).map(Member::name).toList();
        return role + "\n" + (names.isEmpty() ? "(" + w.labels().unassigned() + ")" : String.join(", ", names));
    }

    /**
     * What proves the item: the completion's note, link and attachment, or the waiver. An open item has recorded
     * nothing, so it shows the evidence still expected, in grey, never as if it had been recorded; its risks follow.
     */
    static TableCell evidenceCell(PdfStyles s, ReadinessWording w, ItemStatus item) {
        List<String> parts = new ArrayList<>();
        Completion done = item.recorded().completion();
        Waiver waiver = item.recorded().waiver();
        boolean recorded = done != null || (waiver != null && item.counts());
        if (done != null) {
            String when = done.at() == null ? "" : " (" + DATE.format(done.at().atZone(ZoneId.systemDefault()).toLocalDate()) + ")";
            parts.add(w.labels().doneBy() + " " + done.by() + when);
            addIfPresent(parts, done.note());
            addIfPresent(parts, done.link());
            addIfPresent(parts, done.attachmentRef() == null ? null : "attached file kept in the Clearance database");
        } else if (waiver != null && item.counts()) {
            parts.add(w.labels().waivedBy() + " " + nz(waiver.by()) + ": " + waiver.reason());
        } else if (item.item().evidenceRequired() != null && !item.item().evidenceRequired().isBlank()) {
            parts.add(w.labels().expected() + " " + item.item().evidenceRequired());
        }
        if (item.atRisk()) {
            parts.add(w.labels().atRisk() + " " + String.join("; ", item.risks().stream().map(ReadinessText::riskHead).toList()));
        }
        if (!item.notes().isEmpty()) {
            parts.add(w.labels().note() + " " + String.join("; ", item.notes().stream().map(ReadinessText::riskHead).toList()));
        }
        TextStyle style = recorded ? s.tableBody() : s.tableBody().withColour(s.muted());
        return TableCell.plain(String.join("\n", parts), style);
    }

    /**
     * "terms.pdf: Model substitution is missing" without the finding's rationale: the table cell stays short, and the
     * rationale is in the contract's own gap report.
     */
    static String riskHead(String risk) {
        int cut = risk.indexOf(com.clearance.runbook.LaunchAssessor.RATIONALE);
        return cut < 0 ? risk : risk.substring(0, cut);
    }

    static String stateId(ItemStatus item) {
        return item.state().name().toLowerCase(Locale.ROOT);
    }

    static TableCell stateCell(PdfStyles s, ReadinessWording w, ItemStatus item) {
        StatusStyle st = w.states().get(stateId(item));
        return new TableCell(st.label(), TextStyle.of(s.fonts().heading(), 8.5f, Rgb.hex(st.ink())), Rgb.hex(st.fill()));
    }

    /** A cell in a state's colours with any text (e.g. an expired waiver's date in the overdue colours). */
    static TableCell stateCellFor(PdfStyles s, ReadinessWording w, String stateId, String text) {
        StatusStyle st = w.states().get(stateId);
        return new TableCell(text, TextStyle.of(s.fonts().heading(), 8.5f, Rgb.hex(st.ink())), Rgb.hex(st.fill()));
    }

    private static void addIfPresent(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s.strip());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package com.clearance.report.readiness;

import com.clearance.domain.reporting.ReadinessWording;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import com.clearance.report.pdf.PdfTable;
import com.clearance.report.pdf.TableCell;
import com.clearance.report.pdf.TextStyle;
import com.clearance.runbook.Launch;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.PhaseStatus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The head of the readiness report: the launch's facts, the readiness score and one row per phase. */
final class ReadinessOverview {

    private ReadinessOverview() {
    }

    static void write(PdfCanvas canvas, PdfStyles s, ReadinessWording w, LaunchReport report) throws IOException {
        LaunchStatus status = report.status();
        Launch launch = status.launch();
        canvas.newPage();
        canvas.paragraph(w.title(), s.title(), 0, null);
        canvas.space(2);
        canvas.paragraph(w.subtitle(), s.subtitle(), 0, null);
        canvas.space(10);
        canvas.rule(canvas.left(), canvas.left() + 56, canvas.y(), 1.5f, s.accent());
        canvas.space(16);
        var l = w.labels();
        String team = launch.members().stream().map(m -> m.name() + " (" + m.role() + ")").collect(Collectors.joining(", "));
        facts(canvas, s, List.of(l.launch(), l.feature(), l.launchDate(), l.asOf(), l.template(), l.team()),
                List.of(launch.name(), nz(launch.feature()), ReadinessText.date(launch.launchDate()),
                        ReadinessText.date(status.today()) + "  \u00B7  " + l.week() + " " + status.currentWeek(),
                        nz(report.templateName()), team.isEmpty() ? "\u2014" : team));
        canvas.space(14);
        canvas.paragraph(w.sections().score(), s.h1(), 0, null);
        canvas.space(4);
        int percent = (int) Math.round(status.readiness() * 100);
        canvas.paragraph(w.sections().scoreLine().replace("{percent}", String.valueOf(percent)),
                TextStyle.of(s.fonts().heading(), 28, s.accent()), 0, null);
        canvas.space(4);
        PhaseStatus weakest = status.weakestPhase().orElse(null);
        if (weakest != null) {
            canvas.paragraph(w.sections().weakest().replace("{phase}", weakest.phase().name())
                    .replace("{done}", String.valueOf(weakest.complete()))
                    .replace("{total}", String.valueOf(weakest.total())), s.body(), 0, null);
        }
        canvas.space(4);
        canvas.paragraph(w.sections().scoreMethod(), s.small(), 0, null);
        canvas.space(18);
        phases(canvas, s, w, status);
    }

    private static void phases(PdfCanvas canvas, PdfStyles s, ReadinessWording w, LaunchStatus status) throws IOException {
        canvas.ensureSpace(80);
        canvas.paragraph(w.sections().phases(), s.h1(), 0, null);
        canvas.space(8);
        var c = w.columns();
        PdfTable table = new PdfTable(canvas, new float[]{0.40f, 0.16f, 0.14f, 0.30f},
                List.of(TableCell.plain(c.phase(), s.tableHead()), TableCell.plain(c.weeks(), s.tableHead()),
                        TableCell.plain(c.done(), s.tableHead()), TableCell.plain(c.completion(), s.tableHead())),
                s.tableHeader(), s.rule());
        List<List<TableCell>> rows = new ArrayList<>();
        for (PhaseStatus p : status.phases()) {
            int pct = (int) Math.round(p.completion() * 100);
            rows.add(PdfTable.row(TableCell.plain(p.phase().name(), s.tableBody()),
                    TableCell.plain(p.phase().weeks().from() + " to " + p.phase().weeks().to(), s.tableBody()),
                    TableCell.plain(p.complete() + " of " + p.total(), s.tableBody()),
                    new TableCell(pct + "%" + (p.open() ? "" : "  (not open yet)"), s.tableBody(),
                            pct == 100 ? s.statusFill(com.clearance.domain.Status.PROTECTIVE) : null)));
        }
        table.draw(rows);
    }

    private static void facts(PdfCanvas canvas, PdfStyles s, List<String> labels, List<String> values) throws IOException {
        for (int i = 0; i < labels.size(); i++) {
            canvas.ensureSpace(30);
            float top = canvas.y();
            canvas.text(labels.get(i).toUpperCase(Locale.ROOT), canvas.left(), top - 2, s.label());
            float before = canvas.y();
            canvas.moveTo(top);
            indentParagraph(canvas, s, values.get(i));
            canvas.moveTo(Math.min(canvas.y(), before - s.body().leading()));
            canvas.space(3);
        }
    }

    private static void indentParagraph(PdfCanvas canvas, PdfStyles s, String text) throws IOException {
        canvas.paragraph(text, s.body(), 120, null);
    }

    private static String nz(String v) {
        return v == null || v.isBlank() ? "\u2014" : v;
    }
}

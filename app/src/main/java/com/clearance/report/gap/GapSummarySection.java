package com.clearance.report.gap;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Decision;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.domain.reporting.GapReportWording;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ReportContext;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import com.clearance.report.pdf.PdfTable;
import com.clearance.report.pdf.TableCell;
import com.clearance.report.pdf.TextFit;
import com.clearance.report.pdf.TextStyle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The score, how it was reached, a count per status, then one table row per clause of the library. */
final class GapSummarySection {

    private GapSummarySection() {
    }

    static void write(PdfCanvas canvas, PdfStyles s, GapReportWording w, AuditResult result, ReportContext ctx,
                      ClauseCatalog clauses) throws IOException {
        canvas.newPage();
        canvas.paragraph(w.sections().score(), s.h1(), 0, null);
        canvas.space(6);
        TextStyle big = TextStyle.of(s.fonts().heading(), 30, s.accent());
        canvas.paragraph(w.sections().scoreOutOf().replace("{score}", String.valueOf(result.score())), big, 0, null);
        canvas.space(6);
        drawCounts(canvas, s, w, result);
        canvas.space(10);
        ScoreBreakdown breakdown = ScoreBreakdown.of(result.findings(), clauses);
        if (breakdown.known()) {
            String method = w.sections().scoreMethod().replace("{earned}", ScoreBreakdown.number(breakdown.earned()))
                    .replace("{total}", ScoreBreakdown.number(breakdown.total()))
                    .replace("{credits}", ScoreBreakdown.credits(st -> s.status(st).label()));
            canvas.paragraph(method, s.body(), 0, null);
        } else if (result.scoreExplanation() != null && !result.scoreExplanation().isBlank()) {
            canvas.paragraph(result.scoreExplanation(), s.body(), 0, null);
        }
        canvas.space(22);
        canvas.ensureSpace(80);
        canvas.paragraph(w.sections().summary(), s.h1(), 0, null);
        canvas.space(8);
        var f = w.finding();
        List<TableCell> header = new ArrayList<>(List.of(TableCell.plain("#", s.tableHead()),
                TableCell.plain(f.clauseColumn(), s.tableHead())));
        if (breakdown.known()) {
            header.add(TableCell.plain(f.weightColumn(), s.tableHead()));
        }
        header.add(TableCell.plain(f.statusColumn(), s.tableHead()));
        if (breakdown.known()) {
            header.add(TableCell.plain(f.pointsColumn(), s.tableHead()));
        }
        header.add(TableCell.plain(f.decisionColumn(), s.tableHead()));
        float[] widths = breakdown.known() ? new float[]{0.06f, 0.42f, 0.09f, 0.15f, 0.09f, 0.19f}
                : new float[]{0.07f, 0.52f, 0.17f, 0.24f};
        PdfTable table = new PdfTable(canvas, widths, header, s.tableHeader(), s.rule());
        List<List<TableCell>> rows = new ArrayList<>();
        int n = 1;
        for (Finding finding : result.findings()) {
            Decision d = ctx.decision(finding.clauseId());
            List<TableCell> row = PdfTable.row(TableCell.plain(String.valueOf(n++), s.tableBody()),
                    TableCell.plain(clauses.title(finding.clauseId()), s.tableBody()));
            if (breakdown.known()) {
                row.add(TableCell.plain(ScoreBreakdown.number(clauses.get(finding.clauseId()).weight()), s.tableBody()));
            }
            row.add(s.statusCell(finding.status()));
            if (breakdown.known()) {
                row.add(TableCell.plain(ScoreBreakdown.points(finding, clauses), s.tableBody()));
            }
            row.add(TableCell.plain(w.decisions().label(d == null ? null : d.kind()), s.tableBody()));
            rows.add(row);
        }
        table.draw(rows);
    }

    private static void drawCounts(PdfCanvas canvas, PdfStyles s, GapReportWording w, AuditResult result)
            throws IOException {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Finding f : result.findings()) {
            counts.merge(f.status(), 1, Integer::sum);
        }
        canvas.ensureSpace(18);
        float x = canvas.left();
        for (Status st : Status.values()) {
            String text = w.sections().statusCount().replace("{count}", String.valueOf(counts.getOrDefault(st, 0)))
                    .replace("{status}", s.status(st).label());
            TextStyle style = TextStyle.of(s.fonts().heading(), 9, s.statusInk(st));
            float width = TextFit.width(style.font(), style.size(), text) + 16;
            canvas.fill(x, canvas.y() - 17, width, 17, s.statusFill(st));
            canvas.text(text, x + 8, canvas.y() - 4, style);
            x += width + 6;
        }
        canvas.space(17);
    }
}

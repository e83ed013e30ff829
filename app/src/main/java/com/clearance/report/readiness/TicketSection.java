package com.clearance.report.readiness;

import com.clearance.domain.Status;
import com.clearance.domain.reporting.ReadinessWording;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import com.clearance.report.pdf.PdfTable;
import com.clearance.report.pdf.TableCell;
import com.clearance.report.pdf.TextFit;
import com.clearance.report.pdf.TextStyle;
import com.clearance.runbook.ExpectedVsObserved;
import com.clearance.runbook.ExpectedVsObserved.CategoryRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tickets per category against the weeks the runbook expects them: a bar chart of totals (the part outside the
 * expected weeks darker), a table of counts by week, and the surprises.
 */
final class TicketSection {

    private static final float BAR_HEIGHT = 11;
    private static final float ROW = 17;

    private TicketSection() {
    }

    static void write(PdfCanvas canvas, PdfStyles s, ReadinessWording w, ExpectedVsObserved.Result tickets)
            throws IOException {
        canvas.newPage();
        canvas.paragraph(w.sections().tickets(), s.h1(), 0, null);
        canvas.space(8);
        int total = tickets.rows().stream().mapToInt(CategoryRow::total).sum();
        if (total == 0) {
            canvas.paragraph(w.sections().noTickets(), s.body(), 0, null);
            return;
        }
        chart(canvas, s, tickets.rows());
        canvas.space(6);
        canvas.paragraph(w.sections().chartCaption(), s.small(), 0, null);
        canvas.space(16);
        table(canvas, s, w, tickets);
        canvas.space(18);
        canvas.ensureSpace(60);
        canvas.paragraph(w.sections().surprises(), s.h1(), 0, null);
        canvas.space(6);
        if (tickets.surprises().isEmpty()) {
            canvas.paragraph(w.sections().noSurprises(), s.body(), 0, null);
        }
        for (ExpectedVsObserved.Surprise surprise : tickets.surprises()) {
            canvas.paragraph("\u2022  " + surprise.message(), s.body(), 0, null);
            canvas.space(3);
        }
    }

    private static void chart(PdfCanvas canvas, PdfStyles s, List<CategoryRow> rows) throws IOException {
        int max = rows.stream().mapToInt(CategoryRow::total).max().orElse(1);
        float labelWidth = canvas.width() * 0.36f;
        float barArea = canvas.width() - labelWidth - 30;
        TextStyle label = s.tableBody();
        for (CategoryRow row : rows) {
            canvas.ensureSpace(ROW);
            float top = canvas.y();
            String name = TextFit.wrap(label.font(), label.size(), row.category().name(), labelWidth - 8).get(0);
            canvas.text(name, canvas.left(), top - 3, label);
            float x = canvas.left() + labelWidth;
            float inside = barArea * (row.total() - row.outsideExpected()) / max;
            float outside = barArea * row.outsideExpected() / max;
            float barBottom = top - 3 - BAR_HEIGHT;
            canvas.fill(x, barBottom, barArea, BAR_HEIGHT, s.tableHeader());
            if (inside > 0) {
                canvas.fill(x, barBottom, inside, BAR_HEIGHT, s.accent());
            }
            if (outside > 0) {
                canvas.fill(x + inside, barBottom, outside, BAR_HEIGHT, s.statusInk(Status.ADVERSE));
            }
            canvas.text(String.valueOf(row.total()), x + inside + outside + 4, top - 3, s.small());
            canvas.space(ROW);
        }
    }

    private static void table(PdfCanvas canvas, PdfStyles s, ReadinessWording w, ExpectedVsObserved.Result tickets)
            throws IOException {
        var c = w.columns();
        PdfTable table = new PdfTable(canvas, new float[]{0.30f, 0.15f, 0.31f, 0.10f, 0.14f},
                List.of(TableCell.plain(c.category(), s.tableHead()), TableCell.plain(c.expectedWeeks(), s.tableHead()),
                        TableCell.plain(c.observed(), s.tableHead()), TableCell.plain(c.total(), s.tableHead()),
                        TableCell.plain(c.outside(), s.tableHead())),
                s.tableHeader(), s.rule());
        List<List<TableCell>> rows = new ArrayList<>();
        for (CategoryRow row : tickets.rows()) {
            String byWeek = row.countsByWeek().entrySet().stream()
                    .map(e -> "w" + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("  \u00B7  "));
            rows.add(PdfTable.row(TableCell.plain(row.category().name(), s.tableBody()),
                    TableCell.plain(row.category().weeks().from() + " to " + row.category().weeks().to(), s.tableBody()),
                    TableCell.plain(byWeek.isEmpty() ? "\u2014" : byWeek, s.tableBody()),
                    TableCell.plain(String.valueOf(row.total()), s.tableBody()),
                    row.outsideExpected() > 0
                            ? new TableCell(String.valueOf(row.outsideExpected()), s.tableHead().withColour(s.statusInk(Status.ADVERSE)), s.statusFill(Status.ADVERSE))
                            : TableCell.plain("0", s.tableBody())));
        }
        table.draw(rows);
    }
}

package com.clearance.report.readiness;

import com.clearance.domain.reporting.ReadinessWording;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import com.clearance.report.pdf.PdfTable;
import com.clearance.report.pdf.TableCell;
import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.PhaseStatus;
import com.clearance.runbook.Waiver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Every item by phase with owner, due date, state and evidence; then the waivers on their own. */
final class ReadinessItemsSection {

    private ReadinessItemsSection() {
    }

    static void write(PdfCanvas canvas, PdfStyles s, ReadinessWording w, LaunchStatus status) throws IOException {
        canvas.newPage();
        canvas.paragraph(w.sections().items(), s.h1(), 0, null);
        canvas.space(6);
        var c = w.columns();
        List<TableCell> header = List.of(TableCell.plain(c.item(), s.tableHead()), TableCell.plain(c.owner(), s.tableHead()),
                TableCell.plain(c.due(), s.tableHead()), TableCell.plain(c.state(), s.tableHead()),
                TableCell.plain(c.evidence(), s.tableHead()));
        for (PhaseStatus phase : status.phases()) {
            canvas.ensureSpace(90);
            canvas.space(8);
            canvas.paragraph(phase.phase().name(), s.h2(), 0, null);
            canvas.space(4);
            PdfTable table = new PdfTable(canvas, new float[]{0.29f, 0.17f, 0.12f, 0.11f, 0.31f}, header,
                    s.tableHeader(), s.rule());
            List<List<TableCell>> rows = new ArrayList<>();
            for (ItemStatus item : phase.items()) {
                rows.add(PdfTable.row(TableCell.plain(item.item().title(), s.tableBody()),
                        TableCell.plain(ReadinessText.owner(status.launch(), item.item().ownerRole(), w), s.tableBody()),
                        TableCell.plain(ReadinessText.date(item.due()), s.tableBody()),
                        ReadinessText.stateCell(s, w, item),
                        ReadinessText.evidenceCell(s, w, item)));
            }
            table.draw(rows);
        }
        waivers(canvas, s, w, status);
    }

    private static void waivers(PdfCanvas canvas, PdfStyles s, ReadinessWording w, LaunchStatus status)
            throws IOException {
        canvas.space(20);
        canvas.ensureSpace(80);
        canvas.paragraph(w.sections().waivers(), s.h1(), 0, null);
        canvas.space(6);
        List<ItemStatus> waived = status.items().stream().filter(i -> i.recorded().waiver() != null).toList();
        if (waived.isEmpty()) {
            canvas.paragraph(w.sections().noWaivers(), s.body(), 0, null);
            return;
        }
        var c = w.columns();
        PdfTable table = new PdfTable(canvas, new float[]{0.30f, 0.36f, 0.16f, 0.18f},
                List.of(TableCell.plain(c.item(), s.tableHead()), TableCell.plain(c.reason(), s.tableHead()),
                        TableCell.plain(c.by(), s.tableHead()), TableCell.plain(c.until(), s.tableHead())),
                s.tableHeader(), s.rule());
        List<List<TableCell>> rows = new ArrayList<>();
        for (ItemStatus i : waived) {
            Waiver wv = i.recorded().waiver();
            String until = ReadinessText.date(wv.until());
            rows.add(PdfTable.row(TableCell.plain(i.item().title(), s.tableBody()),
                    TableCell.plain(wv.reason(), s.tableBody()),
                    TableCell.plain(wv.by() == null ? "" : wv.by(), s.tableBody()),
                    i.waiverExpired() ? ReadinessText.stateCellFor(s, w, "overdue", until) : TableCell.plain(until, s.tableBody())));
        }
        table.draw(rows);
    }
}

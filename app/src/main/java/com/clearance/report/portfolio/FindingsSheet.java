package com.clearance.report.portfolio;

import com.clearance.domain.Decision;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.reporting.DecisionLabels;
import com.clearance.domain.reporting.PortfolioWording;
import com.clearance.domain.reporting.ReportTheme;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;
import java.util.stream.Collectors;

/** One row per finding: contract, clause, status, the evidence quoted, page, section and the reviewer's decision. */
final class FindingsSheet {

    private static final int[] WIDTHS = {36, 28, 12, 80, 8, 14, 16, 40, 18};

    private FindingsSheet() {
    }

    static void write(XSSFWorkbook wb, SheetCells cells, PortfolioWording w, ReportTheme theme,
                      DecisionLabels decisions, List<AuditedContract> contracts, ClauseCatalog clauses) {
        XSSFSheet sheet = wb.createSheet(w.findingsSheet());
        String[] headers = {w.contract(), w.clause(), w.status(), w.evidence(), w.page(), w.section(), w.decision(),
                w.note(), w.reviewer()};
        XSSFRow head = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            cells.header(head, i, headers[i]);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = 1;
        for (AuditedContract c : contracts) {
            for (Finding f : c.result().findings()) {
                XSSFRow row = sheet.createRow(r++);
                cells.text(row, 0, c.context().documentName(), false);
                cells.text(row, 1, clauses.title(f.clauseId()), false);
                cells.status(row, 2, f.status(), theme.style(f.status()).label());
                cells.text(row, 3, f.evidence().stream().map(Evidence::text).map(String::strip)
                        .collect(Collectors.joining("\n\n")), true);
                List<Integer> pages = f.evidence().stream().map(Evidence::page).filter(p -> p > 0).distinct().toList();
                if (pages.size() == 1) {
                    cells.number(row, 4, pages.get(0));
                } else {
                    cells.text(row, 4, pages.stream().map(String::valueOf).collect(Collectors.joining(", ")), false);
                }
                cells.text(row, 5, f.evidence().stream().map(Evidence::section).filter(s -> s != null && !s.isBlank())
                        .distinct().collect(Collectors.joining(", ")), false);
                Decision d = c.context().decision(f.clauseId());
                cells.text(row, 6, decisions.label(d == null ? null : d.kind()), false);
                cells.text(row, 7, d == null ? "" : d.note(), true);
                cells.text(row, 8, d == null ? "" : d.reviewer(), false);
            }
        }
        sheet.createFreezePane(0, 1);
        SheetCells.printSetup(sheet);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, headers.length - 1));
    }
}

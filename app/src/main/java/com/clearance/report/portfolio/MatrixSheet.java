package com.clearance.report.portfolio;

import com.clearance.domain.Finding;
import com.clearance.domain.reporting.PortfolioWording;
import com.clearance.domain.reporting.ReportTheme;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/** Contracts down, clauses across: each cell the clause's status for that contract, in the status colour. */
final class MatrixSheet {

    private static final int FIXED = 3;

    private MatrixSheet() {
    }

    static void write(XSSFWorkbook wb, SheetCells cells, PortfolioWording w, ReportTheme theme,
                      List<AuditedContract> contracts, List<String> clauseIds, ClauseCatalog clauses) {
        XSSFSheet sheet = wb.createSheet(w.matrixSheet());
        XSSFRow head = sheet.createRow(0);
        head.setHeightInPoints(66);
        cells.header(head, 0, w.contract());
        cells.header(head, 1, w.vendor());
        cells.header(head, 2, w.score());
        for (int i = 0; i < clauseIds.size(); i++) {
            cells.header(head, FIXED + i, clauses.title(clauseIds.get(i)));
        }
        int libraryCol = FIXED + clauseIds.size();
        cells.header(head, libraryCol, w.library());
        int r = 1;
        for (AuditedContract c : contracts) {
            XSSFRow row = sheet.createRow(r++);
            cells.text(row, 0, c.context().documentName(), false);
            cells.text(row, 1, c.context().vendor(), false);
            cells.number(row, 2, c.result().score());
            // an audit over a library with errors carries "(partial: ...)" in its version: a blank cell would read as
            // "no finding", so the clauses it left out say so
            boolean partial = c.result().leftOut() != null;
            for (int i = 0; i < clauseIds.size(); i++) {
                Finding f = c.result().finding(clauseIds.get(i));
                if (f != null) {
                    cells.status(row, FIXED + i, f.status(), theme.style(f.status()).label());
                } else if (partial) {
                    cells.text(row, FIXED + i, w.notAudited(), false);
                }
            }
            cells.text(row, libraryCol, c.result().libraryVersion(), false);
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        for (int i = 0; i < clauseIds.size(); i++) {
            sheet.setColumnWidth(FIXED + i, 15 * 256);
        }
        sheet.createFreezePane(1, 1);
        SheetCells.printSetup(sheet);
        sheet.setColumnWidth(libraryCol, 40 * 256);
        int lastCol = libraryCol;
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, lastCol));
    }
}

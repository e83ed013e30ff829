package com.clearance.report.portfolio;

import com.clearance.domain.Status;
import com.clearance.domain.reporting.ReportTheme;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.EnumMap;
import java.util.Map;

/**
 * The workbook's cell styles and the one way text gets into a cell. Text is always a string cell, never a formula;
 * text that a spreadsheet would read as a formula on edit (=, +, -, @, tab, CR first) also gets a quote-prefixed
 * style so Excel and LibreOffice keep it as text.
 */
final class SheetCells {

    static final int MAX_CELL_TEXT = 32_767;

    private final XSSFCellStyle header;
    private final XSSFCellStyle quotedHeader;
    private final XSSFCellStyle text;
    private final XSSFCellStyle quotedText;
    private final XSSFCellStyle wrapped;
    private final XSSFCellStyle quotedWrapped;
    private final Map<Status, XSSFCellStyle> statuses = new EnumMap<>(Status.class);

    SheetCells(XSSFWorkbook wb, ReportTheme theme) {
        header = wb.createCellStyle();
        XSSFFont bold = font(wb, true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(colour(theme.colours().tableHeader()));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        quotedHeader = wb.createCellStyle();
        quotedHeader.cloneStyleFrom(header);
        quotedHeader.setQuotePrefixed(true);
        XSSFFont plain = font(wb, false);
        text = base(wb, false, false);
        quotedText = base(wb, false, true);
        wrapped = base(wb, true, false);
        quotedWrapped = base(wb, true, true);
        for (XSSFCellStyle st : new XSSFCellStyle[]{text, quotedText, wrapped, quotedWrapped}) {
            st.setFont(plain);
        }
        for (Status s : Status.values()) {
            XSSFCellStyle st = base(wb, false, false);
            XSSFFont font = font(wb, true);
            font.setColor(colour(theme.style(s).ink()));
            st.setFont(font);
            st.setFillForegroundColor(colour(theme.style(s).fill()));
            st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            statuses.put(s, st);
        }
    }

    /** One face and size for the whole workbook, so status cells and text cells line up. */
    private static XSSFFont font(XSSFWorkbook wb, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) 10);
        f.setBold(bold);
        return f;
    }

    /** Landscape, one page wide, header row repeated: a printed sheet reads like the screen. */
    static void printSetup(org.apache.poi.xssf.usermodel.XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
    }

    private static XSSFCellStyle base(XSSFWorkbook wb, boolean wrap, boolean quoted) {
        XSSFCellStyle st = wb.createCellStyle();
        st.setVerticalAlignment(VerticalAlignment.TOP);
        st.setWrapText(wrap);
        st.setQuotePrefixed(quoted);
        return st;
    }

    private static XSSFColor colour(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new XSSFColor(new byte[]{(byte) (v >> 16), (byte) (v >> 8), (byte) v}, null);
    }

    /** Would a spreadsheet take this text for a formula if a user edited the cell? */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** A header cell: clause titles come from the library, so they get the same formula guard as the body. */
    Cell header(Row row, int col, String value) {
        String v = value == null ? "" : value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value;
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(looksLikeFormula(v) ? quotedHeader : header);
        return c;
    }

    Cell text(Row row, int col, String value, boolean wrap) {
        String v = value == null ? "" : value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value;
        Cell c = row.createCell(col);
        c.setCellValue(v);
        boolean quoted = looksLikeFormula(v);
        CellStyle style = wrap ? (quoted ? quotedWrapped : wrapped) : (quoted ? quotedText : text);
        c.setCellStyle(style);
        return c;
    }

    Cell number(Row row, int col, double value) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(text);
        return c;
    }

    Cell status(Row row, int col, Status status, String label) {
        Cell c = row.createCell(col);
        c.setCellValue(label);
        c.setCellStyle(statuses.get(status));
        return c;
    }
}

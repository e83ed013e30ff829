package com.clearance.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows across pages: rows are never split, and the header row is drawn again at the top of every page
 * the table continues on. Column widths are fractions of the text width.
 */
public final class PdfTable {

    private static final float PAD_X = 6;
    private static final float PAD_Y = 4.5f;

    private final PdfCanvas canvas;
    private final float[] fractions;
    private final List<TableCell> header;
    private final Rgb headerFill;
    private final Rgb ruleColour;

    public PdfTable(PdfCanvas canvas, float[] fractions, List<TableCell> header, Rgb headerFill, Rgb ruleColour) {
        if (header.size() != fractions.length) {
            throw new IllegalArgumentException("a table needs one width per header cell");
        }
        this.canvas = canvas;
        this.fractions = fractions.clone();
        this.header = List.copyOf(header);
        this.headerFill = headerFill;
        this.ruleColour = ruleColour;
    }

    public void draw(List<List<TableCell>> rows) throws IOException {
        float first = rowHeight(rows.isEmpty() ? header : rows.get(0));
        canvas.ensureSpace(rowHeight(header) + first);
        drawRow(header, headerFill);
        for (List<TableCell> row : rows) {
            if (canvas.ensureSpace(rowHeight(row))) {
                drawRow(header, headerFill);
            }
            drawRow(row, null);
        }
    }

    private float rowHeight(List<TableCell> row) throws IOException {
        float tallest = 0;
        for (int i = 0; i < row.size(); i++) {
            TableCell c = row.get(i);
            int lines = TextFit.wrap(c.style().font(), c.style().size(), c.text(), cellWidth(i) - 2 * PAD_X).size();
            tallest = Math.max(tallest, lines * c.style().leading());
        }
        return tallest + 2 * PAD_Y;
    }

    private void drawRow(List<TableCell> row, Rgb rowFill) throws IOException {
        float h = rowHeight(row);
        float top = canvas.y();
        float x = canvas.left();
        if (rowFill != null) {
            canvas.fill(x, top - h, canvas.width(), h, rowFill);
        }
        for (int i = 0; i < row.size(); i++) {
            TableCell c = row.get(i);
            float w = cellWidth(i);
            List<String> lines = TextFit.wrap(c.style().font(), c.style().size(), c.text(), w - 2 * PAD_X);
            if (c.fill() != null) {
                // a chip around the text, not the whole cell: tall rows stay calm
                float chip = lines.size() * c.style().leading() + 2 * PAD_Y - 5;
                canvas.fill(x + 2, top - 2.5f - chip, w - 4, chip, c.fill());
            }
            float lineTop = top - PAD_Y;
            for (String line : lines) {
                canvas.text(line, x + PAD_X, lineTop - (c.style().leading() - c.style().size()) / 2, c.style());
                lineTop -= c.style().leading();
            }
            x += w;
        }
        canvas.rule(canvas.left(), canvas.left() + canvas.width(), top - h, 0.5f, ruleColour);
        canvas.moveTo(top - h);
    }

    private float cellWidth(int column) {
        return canvas.width() * fractions[column];
    }

    /** A convenience for building rows inline. */
    public static List<TableCell> row(TableCell... cells) {
        return new ArrayList<>(List.of(cells));
    }
}

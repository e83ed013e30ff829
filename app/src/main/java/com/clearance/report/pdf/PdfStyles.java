package com.clearance.report.pdf;

import com.clearance.domain.Status;
import com.clearance.domain.reporting.ReportTheme;
import com.clearance.domain.reporting.StatusStyle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;

/**
 * The type scale and colours every PDF report shares, built once per document from the theme: a serif body for
 * reading, a sans for headings, labels and tables.
 */
public record PdfStyles(PdfFonts fonts, ReportTheme theme, TextStyle title, TextStyle subtitle, TextStyle h1,
                        TextStyle h2, TextStyle label, TextStyle body, TextStyle quote, TextStyle small,
                        TextStyle tableHead, TextStyle tableBody, TextStyle footer, Rgb accent, Rgb rule,
                        Rgb tableHeader, Rgb muted) {

    public static final float MM = 72f / 25.4f;

    public static PdfStyles create(PDDocument doc, ReportTheme theme) throws IOException {
        PdfFonts f = PdfFonts.load(doc, theme.fonts());
        Rgb ink = Rgb.hex(theme.colours().ink());
        Rgb muted = Rgb.hex(theme.colours().muted());
        Rgb accent = Rgb.hex(theme.colours().accent());
        return new PdfStyles(f, theme,
                TextStyle.of(f.heading(), 24, accent),
                TextStyle.of(f.label(), 12.5f, muted),
                TextStyle.of(f.heading(), 15, accent),
                TextStyle.of(f.heading(), 12, ink),
                TextStyle.of(f.heading(), 8.5f, muted),
                TextStyle.of(f.body(), 10.5f, ink),
                TextStyle.of(f.bodyItalic(), 10.5f, ink),
                TextStyle.of(f.label(), 8.5f, muted),
                TextStyle.of(f.heading(), 8.5f, ink),
                TextStyle.of(f.label(), 9, ink),
                TextStyle.of(f.label(), 7.5f, muted),
                accent, Rgb.hex(theme.colours().rule()), Rgb.hex(theme.colours().tableHeader()), muted);
    }

    public PDRectangle pageSize() {
        return "LETTER".equals(theme.pageSize()) ? PDRectangle.LETTER : PDRectangle.A4;
    }

    public float margin() {
        return (float) theme.marginMm() * MM;
    }

    public StatusStyle status(Status s) {
        return theme.style(s);
    }

    public Rgb statusInk(Status s) {
        return Rgb.hex(theme.style(s).ink());
    }

    public Rgb statusFill(Status s) {
        return Rgb.hex(theme.style(s).fill());
    }

    /** A table cell showing a status: its label in the status colour on the status fill. */
    public TableCell statusCell(Status s) {
        return new TableCell(status(s).label(), TextStyle.of(fonts.heading(), 8.5f, statusInk(s)), statusFill(s));
    }

    /** Draws a status chip (label on fill) with its top-left corner at x, top; returns its width. */
    public float chip(PdfCanvas canvas, Status s, float x, float top) throws IOException {
        TextStyle st = TextStyle.of(fonts.heading(), 8.5f, statusInk(s));
        String text = status(s).label().toUpperCase();
        float w = TextFit.width(st.font(), st.size(), text) + 12;
        canvas.fill(x, top - 14, w, 14, statusFill(s));
        canvas.text(text, x + 6, top - 3, st);
        return w;
    }
}

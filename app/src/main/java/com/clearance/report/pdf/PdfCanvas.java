package com.clearance.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.List;

/**
 * A flowing page writer: a cursor moves down the page and a new page begins when the next line would cross the
 * bottom margin. Coordinates are PDF points from the bottom-left corner; {@code y} is the top of the next line.
 */
public final class PdfCanvas implements AutoCloseable {

    private final PDDocument doc;
    private final PDRectangle size;
    private final float margin;
    private final float bottom;
    private PDPageContentStream stream;
    private float y;

    public PdfCanvas(PDDocument doc, PDRectangle size, float margin, float footerReserve) {
        this.doc = doc;
        this.size = size;
        this.margin = margin;
        this.bottom = margin + footerReserve;
    }

    public float left() { return margin; }

    public float width() { return size.getWidth() - 2 * margin; }

    public float pageHeight() { return size.getHeight(); }

    public float y() { return y; }

    public void moveTo(float newY) { y = newY; }

    public void space(float points) { y -= points; }

    public PDPageContentStream stream() { return stream; }

    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = size.getHeight() - margin;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    public boolean ensureSpace(float height) throws IOException {
        if (stream == null || y - height < bottom) {
            newPage();
            return true;
        }
        return false;
    }

    /** Draws text whose top sits at {@code top}; the baseline is placed from the font size. */
    public void text(String text, float x, float top, TextStyle style) throws IOException {
        String clean = TextFit.clean(style.font(), text);
        if (clean.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(style.font(), style.size());
        stream.setNonStrokingColor(style.colour().r(), style.colour().g(), style.colour().b());
        stream.newLineAtOffset(x, top - style.size() * 0.93f);
        stream.showText(clean);
        stream.endText();
    }

    public void fill(float x, float yBottom, float w, float h, Rgb colour) throws IOException {
        stream.setNonStrokingColor(colour.r(), colour.g(), colour.b());
        stream.addRect(x, yBottom, w, h);
        stream.fill();
    }

    public void rule(float x1, float x2, float atY, float thickness, Rgb colour) throws IOException {
        stream.setStrokingColor(colour.r(), colour.g(), colour.b());
        stream.setLineWidth(thickness);
        stream.moveTo(x1, atY);
        stream.lineTo(x2, atY);
        stream.stroke();
    }

    /**
     * Flows wrapped text at an indent, breaking pages between lines. A bar colour draws a thin vertical bar beside
     * every line, the mark of a quotation or proposed language.
     */
    public void paragraph(String text, TextStyle style, float indent, Rgb bar) throws IOException {
        float textWidth = width() - indent - (bar != null ? 10 : 0);
        float x = left() + indent + (bar != null ? 10 : 0);
        List<String> lines = TextFit.wrap(style.font(), style.size(), text, textWidth);
        for (String line : lines) {
            ensureSpace(style.leading());
            if (bar != null) {
                fill(left() + indent, y - style.leading(), 2f, style.leading(), bar);
            }
            text(line, x, y - (style.leading() - style.size()) / 2, style);
            y -= style.leading();
        }
    }

    /** The height {@link #paragraph} will take, to keep a heading with the start of what follows. */
    public float height(String text, TextStyle style, float indent) throws IOException {
        return TextFit.wrap(style.font(), style.size(), text, width() - indent).size() * style.leading();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}

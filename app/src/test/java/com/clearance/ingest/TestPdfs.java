package com.clearance.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/** Writes small PDFs for tests: each page a list of body lines, plus an optional running header and footer. */
public final class TestPdfs {

    static final float LEFT = 72;
    static final float TOP = 720;
    static final float LEADING = 14;
    static final float FONT_SIZE = 11;

    private TestPdfs() {
    }

    /**
     * Body lines per page; an empty string leaves a blank line (a paragraph gap). {@code header}/{@code footer} get
     * the 1-based page number and return the line to print (null for none).
     */
    public static PDDocument document(List<List<String>> pages, IntFunction<String> header, IntFunction<String> footer)
            throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                int number = i + 1;
                if (header != null && header.apply(number) != null) {
                    line(cs, font, header.apply(number), LEFT, 760);
                }
                float y = TOP;
                for (String text : pages.get(i)) {
                    if (!text.isEmpty()) {
                        line(cs, font, text, LEFT, y);
                    }
                    y -= LEADING;
                }
                if (footer != null && footer.apply(number) != null) {
                    line(cs, font, footer.apply(number), 290, 40);
                }
            }
        }
        return doc;
    }

    public static Path write(Path file, List<List<String>> pages, IntFunction<String> header, IntFunction<String> footer)
            throws IOException {
        try (PDDocument doc = document(pages, header, footer)) {
            doc.save(file.toFile());
        }
        return file;
    }

    /** A two-page scan look-alike: each page is one picture and no text at all. */
    public static Path imageOnly(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, picture());
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 50, 50, 500, 700);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static BufferedImage picture() {
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 160);
        g.setColor(Color.BLACK);
        for (int y = 10; y < 150; y += 8) {
            g.fillRect(10, y, 100, 3);
        }
        g.dispose();
        return image;
    }

    private static void line(PDPageContentStream cs, PDType1Font font, String text, float x, float y)
            throws IOException {
        cs.beginText();
        cs.setFont(font, FONT_SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}

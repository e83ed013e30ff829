package com.clearance.service;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a long, realistic contract PDF for the benchmark: Letter pages, a running header, "Page n of N" footers,
 * articles with numbered sections and (a)-(d) sub-clauses, justified-width paragraphs with an occasional word
 * hyphenated at the line end. The prose comes from {@link SyntheticClauses}; the same page count gives the same file.
 */
public final class SyntheticContractPdf {

    private static final float SIZE = 11;
    private static final float LEADING = 13.5f;
    private static final float LEFT = 72;
    private static final float RIGHT = 540;
    private static final float TOP = 700;
    private static final float BOTTOM = 72;
    private static final String HEADER = "MASTER CLOUD AND AI SERVICES AGREEMENT - CONFIDENTIAL";

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    /** Writes a contract of exactly {@code pages} pages to {@code file}. */
    public Path write(Path file, int pages) throws IOException {
        if (pages < 1) {
            throw new IllegalArgumentException("a contract needs at least one page, not " + pages);
        }
        SyntheticClauses clauses = new SyntheticClauses(pages);
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (int number = 1; number <= pages; number++) {
                writePage(doc, number, pages, clauses);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private void writePage(PDDocument doc, int number, int total, SyntheticClauses clauses) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            text(cs, regular, 9, HEADER, LEFT, 750);
            float y = TOP;
            while (y > BOTTOM) {
                SyntheticClauses.Paragraph paragraph = clauses.next();
                PDType1Font font = paragraph.heading() ? bold : regular;
                List<String> lines = wrap(paragraph.text(), font, paragraph.indent(), clauses);
                for (int i = 0; i < lines.size(); i++) {
                    if (y <= BOTTOM) {
                        clauses.pushBack(paragraph, lines.subList(i, lines.size()));
                        break;
                    }
                    text(cs, font, SIZE, lines.get(i), LEFT + paragraph.indent(), y);
                    y -= LEADING;
                }
                y -= LEADING * 0.8f;
            }
            text(cs, regular, 9, "Page " + number + " of " + total, 280, 40);
        }
    }

    private List<String> wrap(String text, PDType1Font font, float indent, SyntheticClauses clauses) throws IOException {
        float width = RIGHT - LEFT - indent;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            int cut = clauses.hyphenationPoint(word);
            String head = cut > 0 ? (line.isEmpty() ? "" : line + " ") + word.substring(0, cut) + "-" : null;
            if (head != null && width(font, head) <= width) {
                lines.add(head);
                line.setLength(0);
                line.append(word.substring(cut));
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, String text, float x, float y)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}

package com.clearance.service;

import com.clearance.text.BlockKind;
import com.clearance.text.TextBlock;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints text blocks as a plain typed PDF (Letter, Times 11 pt, headings in bold, a blank line between blocks,
 * "Page n" footers), the way a contract comes out of a word processor. Used to make a typed original of any document
 * for the scan comparison and the OCR benchmark. Characters the standard font cannot show become '?'.
 */
public final class TypedCopy {

    private static final float SIZE = 11;
    private static final float LEADING = 14;
    private static final float LEFT = 72;
    private static final float RIGHT = 540;
    private static final float TOP = 720;
    private static final float BOTTOM = 80;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private final Map<Character, Boolean> printable = new HashMap<>();

    public Path write(List<TextBlock> blocks, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Pager pager = new Pager(doc);
            for (TextBlock block : blocks) {
                PDType1Font font = block.kind() == BlockKind.HEADING ? bold : regular;
                String indent = block.kind() == BlockKind.LIST_ITEM && !block.text().startsWith("-") ? "- " : "";
                for (String line : wrap(indent + printableText(block.text(), font), font)) {
                    pager.line(font, line);
                }
                pager.gap();
            }
            pager.finish();
            doc.save(file.toFile());
        }
        return file;
    }

    private String printableText(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean ok = printable.computeIfAbsent(c, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return !Character.isISOControl(ch);
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? c : Character.isWhitespace(c) ? ' ' : '?');
        }
        return out.toString();
    }

    private List<String> wrap(String text, PDType1Font font) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || font.getStringWidth(candidate) / 1000 * SIZE <= RIGHT - LEFT) {
                line.setLength(0);
                line.append(candidate);
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

    /** Lays lines down the page and starts a new page at the bottom margin. */
    private final class Pager {
        private final PDDocument doc;
        private PDPageContentStream cs;
        private float y;
        private int pages;

        Pager(PDDocument doc) {
            this.doc = doc;
        }

        void line(PDType1Font font, String text) throws IOException {
            if (cs == null || y < BOTTOM) {
                newPage();
            }
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(LEFT, y);
            cs.showText(text);
            cs.endText();
            y -= LEADING;
        }

        void gap() {
            y -= LEADING * 0.8f;
        }

        private void newPage() throws IOException {
            finishPage();
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pages++;
            y = TOP;
        }

        private void finishPage() throws IOException {
            if (cs != null) {
                cs.beginText();
                cs.setFont(regular, 9);
                cs.newLineAtOffset(290, 40);
                cs.showText("Page " + pages);
                cs.endText();
                cs.close();
                cs = null;
            }
        }

        void finish() throws IOException {
            if (pages == 0) {
                newPage();
            }
            finishPage();
        }
    }
}

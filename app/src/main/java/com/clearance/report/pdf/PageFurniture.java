package com.clearance.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

import java.io.IOException;

/**
 * Stamps every page once the document is complete (only then is the page count known): a running title at the top
 * of every page but the first, and a footer with a left text (e.g. the contract digest) and "Page X of Y".
 */
public final class PageFurniture {

    private PageFurniture() {
    }

    public static void stamp(PDDocument doc, float margin, String runningTitle, String footerLeft,
                             String pagePattern, TextStyle style, Rgb ruleColour) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                float footerTop = margin * 0.62f;
                rule(cs, margin, width - margin, footerTop + 5, ruleColour);
                show(cs, style, TextFit.clean(style.font(), footerLeft), margin, footerTop - style.size());
                String number = pagePattern.replace("{page}", String.valueOf(i + 1)).replace("{pages}", String.valueOf(pages));
                float w = TextFit.width(style.font(), style.size(), number);
                show(cs, style, number, width - margin - w, footerTop - style.size());
                if (i > 0 && runningTitle != null) {
                    String title = TextFit.clean(style.font(), runningTitle);
                    show(cs, style, title, margin, height - margin * 0.55f);
                    rule(cs, margin, width - margin, height - margin * 0.55f - 5, ruleColour);
                }
            }
        }
    }

    private static void show(PDPageContentStream cs, TextStyle style, String text, float x, float baseline)
            throws IOException {
        cs.beginText();
        cs.setFont(style.font(), style.size());
        cs.setNonStrokingColor(style.colour().r(), style.colour().g(), style.colour().b());
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    private static void rule(PDPageContentStream cs, float x1, float x2, float y, Rgb colour) throws IOException {
        cs.setStrokingColor(colour.r(), colour.g(), colour.b());
        cs.setLineWidth(0.5f);
        cs.moveTo(x1, y);
        cs.lineTo(x2, y);
        cs.stroke();
    }
}

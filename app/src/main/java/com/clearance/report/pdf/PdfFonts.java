package com.clearance.report.pdf;

import com.clearance.domain.reporting.ThemeFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/** The theme's TrueType fonts loaded into one document, embedded as subsets so text stays selectable and portable. */
public record PdfFonts(PDType0Font body, PDType0Font bodyBold, PDType0Font bodyItalic, PDType0Font heading,
                       PDType0Font label) {

    public static PdfFonts load(PDDocument doc, ThemeFonts fonts) throws IOException {
        return new PdfFonts(load(doc, fonts.body()), load(doc, fonts.bodyBold()), load(doc, fonts.bodyItalic()),
                load(doc, fonts.heading()), load(doc, fonts.label()));
    }

    private static PDType0Font load(PDDocument doc, String url) throws IOException {
        try (InputStream in = new URL(url).openStream()) {
            return PDType0Font.load(doc, in, true);
        }
    }
}

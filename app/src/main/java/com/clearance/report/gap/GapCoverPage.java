package com.clearance.report.gap;

import com.clearance.domain.Status;
import com.clearance.domain.reporting.GapCoverLabels;
import com.clearance.domain.reporting.GapReportWording;
import com.clearance.report.ReportContext;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import com.clearance.report.pdf.TextStyle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The cover: logo, title, the facts that identify the review, and the disclaimer at the foot of the page. */
final class GapCoverPage {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private GapCoverPage() {
    }

    static void write(PDDocument doc, PdfCanvas canvas, PdfStyles s, GapReportWording w, ReportContext ctx)
            throws IOException {
        canvas.newPage();
        drawLogo(doc, canvas, s);
        canvas.space(canvas.pageHeight() * 0.16f);
        canvas.paragraph(w.title(), s.title(), 0, null);
        canvas.space(4);
        canvas.paragraph(w.subtitle(), s.subtitle(), 0, null);
        canvas.space(14);
        canvas.rule(canvas.left(), canvas.left() + 56, canvas.y(), 1.5f, s.accent());
        canvas.space(34);
        GapCoverLabels l = w.cover();
        fact(canvas, s, l.vendor(), ctx.vendor());
        fact(canvas, s, l.document(), ctx.documentName());
        fact(canvas, s, l.audited(), DATE.format(ctx.auditedOn()));
        fact(canvas, s, l.library(), ctx.libraryVersion());
        fact(canvas, s, l.reviewer(), ctx.reviewer());
        fact(canvas, s, l.sha256(), ctx.contractSha256());
        if (!ctx.importWarnings().isEmpty()) {
            canvas.paragraph(l.importWarnings().toUpperCase(Locale.ROOT), s.label().withColour(s.statusInk(Status.ADVERSE)), 0, null);
            canvas.space(1);
            for (String warning : ctx.importWarnings()) {
                canvas.paragraph("\u2022 " + warning, s.body(), 0, null);
                canvas.space(3);
            }
            canvas.space(8);
        }
        TextStyle small = s.small();
        float disclaimerHeight = canvas.height(w.disclaimer(), small, 0);
        float bottom = s.margin() + 30;
        if (canvas.y() - disclaimerHeight - 20 > bottom) {
            canvas.moveTo(bottom + disclaimerHeight);
        }
        canvas.rule(canvas.left(), canvas.left() + canvas.width(), canvas.y() + 8, 0.5f, s.rule());
        canvas.paragraph(w.disclaimer(), small, 0, null);
    }

    private static void fact(PdfCanvas canvas, PdfStyles s, String label, String value) throws IOException {
        canvas.paragraph(label.toUpperCase(Locale.ROOT), s.label(), 0, null);
        canvas.space(1);
        TextStyle valueStyle = value.matches("[0-9a-f]{64}") ? s.tableBody() : s.body().withColour(s.body().colour());
        canvas.paragraph(value, valueStyle, 0, null);
        canvas.space(11);
    }

    private static void drawLogo(PDDocument doc, PdfCanvas canvas, PdfStyles s) throws IOException {
        String logo = s.theme().logo();
        if (logo == null) {
            return;
        }
        byte[] bytes;
        try (InputStream in = new URL(logo).openStream()) {
            bytes = in.readAllBytes();
        }
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, bytes, "logo");
        float h = 36;
        float w = image.getWidth() * h / image.getHeight();
        canvas.stream().drawImage(image, canvas.left(), canvas.y() - h, w, h);
        canvas.space(h);
    }
}

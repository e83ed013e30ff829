package com.clearance.report.readiness;

import com.clearance.domain.reporting.ReadinessWording;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.report.ReportExporter;
import com.clearance.report.gap.SignOffBlock;
import com.clearance.report.pdf.PageFurniture;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;

/**
 * The launch readiness report as a PDF: the launch's facts and readiness score, phases, every item with owner, due
 * date, state and evidence, the waivers, tickets expected against observed (chart and table), and a sign-off.
 */
public final class ReadinessReportPdfExporter implements ReportExporter<LaunchReport> {

    private final ReportTemplates templates;

    public ReadinessReportPdfExporter(ReportTemplates templates) {
        this.templates = templates;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void export(LaunchReport report, OutputStream out) throws IOException {
        ReadinessWording w = templates.readiness();
        try (PDDocument doc = new PDDocument()) {
            PdfStyles s = PdfStyles.create(doc, templates.theme());
            try (PdfCanvas canvas = new PdfCanvas(doc, s.pageSize(), s.margin(), 16)) {
                ReadinessOverview.write(canvas, s, w, report);
                ReadinessItemsSection.write(canvas, s, w, report.status());
                TicketSection.write(canvas, s, w, report.tickets());
                canvas.space(24);
                SignOffBlock.write(canvas, s, w.signOff(), null);
            }
            String launch = report.status().launch().name();
            String footer = w.footer().replace("{launch}", launch)
                    .replace("{date}", ReadinessText.date(report.status().today()));
            PageFurniture.stamp(doc, s.margin(), w.title() + "  \u00B7  " + launch, footer, w.pageNumber(), s.footer(), s.rule());
            doc.getDocumentInformation().setTitle(w.title() + ": " + launch);
            doc.getDocumentInformation().setCreator("Clearance");
            doc.getDocumentInformation().setCreationDate(Calendar.getInstance());
            doc.save(out);
        }
    }
}

package com.clearance.report.gap;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.domain.reporting.GapReportWording;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ReportContext;
import com.clearance.report.ReportExporter;
import com.clearance.report.pdf.PageFurniture;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;

/**
 * The gap report as a PDF: cover, score and summary table, one section per clause that is not protective, sign-off;
 * every page carries the contract's SHA-256 and "Page X of Y". Fonts are embedded so text is real and selectable.
 */
public final class GapReportPdfExporter implements ReportExporter<AuditedContract> {

    private final ReportTemplates templates;
    private final ClauseCatalog clauses;

    public GapReportPdfExporter(ReportTemplates templates, ClauseCatalog clauses) {
        this.templates = templates;
        this.clauses = clauses;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void export(AuditedContract input, OutputStream out) throws IOException {
        GapReportWording w = templates.gap();
        AuditResult result = input.result();
        ReportContext ctx = input.context();
        try (PDDocument doc = new PDDocument()) {
            PdfStyles s = PdfStyles.create(doc, templates.theme());
            try (PdfCanvas canvas = new PdfCanvas(doc, s.pageSize(), s.margin(), 16)) {
                GapCoverPage.write(doc, canvas, s, w, ctx);
                GapSummarySection.write(canvas, s, w, result, ctx, clauses);
                writeFindings(canvas, s, w, result, ctx);
                canvas.space(10);
                SignOffBlock.write(canvas, s, w.signOff(), ctx.reviewer());
            }
            String footer = w.footer().sha256().replace("{sha256}", ctx.contractSha256());
            PageFurniture.stamp(doc, s.margin(), w.title() + "  \u00B7  " + ctx.vendor() + "  \u00B7  " + ctx.documentName(),
                    footer, w.footer().pageNumber(), s.footer(), s.rule());
            describe(doc, w, ctx);
            doc.save(out);
        }
    }

    private void writeFindings(PdfCanvas canvas, PdfStyles s, GapReportWording w, AuditResult result,
                               ReportContext ctx) throws IOException {
        canvas.newPage();
        canvas.paragraph(w.sections().findings(), s.h1(), 0, null);
        canvas.space(6);
        List<Finding> findings = result.findings();
        boolean any = findings.stream().anyMatch(f -> f.status() != Status.PROTECTIVE);
        canvas.paragraph(any ? w.sections().findingsIntro() : w.sections().allProtective(), s.body(), 0, null);
        canvas.space(20);
        GapFindingSection section = new GapFindingSection(canvas, s, w);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.status() != Status.PROTECTIVE) {
                section.write(i + 1, f, clauses.get(f.clauseId()), ctx.decision(f.clauseId()), result.pages() > 1);
            }
        }
    }

    private static void describe(PDDocument doc, GapReportWording w, ReportContext ctx) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(w.title() + ": " + ctx.documentName());
        info.setSubject(ctx.vendor());
        info.setAuthor(ctx.reviewer());
        info.setCreator("Clearance");
        info.setKeywords("sha256:" + ctx.contractSha256());
        info.setCreationDate(Calendar.getInstance());
    }
}

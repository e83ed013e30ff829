package com.clearance.report.redline;

import com.clearance.domain.reporting.NegotiationWording;
import com.clearance.domain.reporting.RedlineWording;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ReportContext;
import com.clearance.report.ReportExporter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

/**
 * The redline: the vendor's own DOCX (or, for other formats, a DOCX of the contract's text in its sections) with each
 * proposal as Word tracked changes authored by the reviewer and a comment carrying the issue, the reason, the
 * fallback position and the reviewer's note. Accept all changes and our language is in; reject them all and the
 * original text is back.
 */
public final class RedlineDocxExporter implements ReportExporter<RedlineSource> {

    private final ReportTemplates templates;
    private final ClauseCatalog clauses;
    private final Clock clock;

    public RedlineDocxExporter(ReportTemplates templates, ClauseCatalog clauses, Clock clock) {
        this.templates = templates;
        this.clauses = clauses;
        this.clock = clock;
    }

    public RedlineDocxExporter(ReportTemplates templates, ClauseCatalog clauses) {
        this(templates, clauses, Clock.systemUTC());
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void export(RedlineSource source, OutputStream out) throws IOException {
        ReportContext ctx = source.contract().context();
        RedlineWording wording = templates.redline();
        String author = "\u2014".equals(ctx.reviewer()) ? wording.defaultAuthor() : ctx.reviewer();
        List<RedlinePoint> points = RedlinePoints.select(source.contract(), clauses);
        try (XWPFDocument doc = open(source, ctx)) {
            DocxRedliner redliner = new DocxRedliner(doc, source.document(), wording, author, clock.instant());
            redliner.apply(points);
            if (incomplete(source)) redliner.noteIncompleteAudit(ctx.importWarnings());
            if (!source.fromVendorDocx()) {
                doc.getProperties().getCoreProperties().setTitle(ctx.documentName());
                doc.getProperties().getCoreProperties().setCreator(author);
            }
            doc.write(out);
        }
    }

    /** An audit over a partial clause library, or with a clause that could not be audited, says so in its version. */
    private static boolean incomplete(RedlineSource source) {
        return source.contract().result().leftOut() != null;
    }

    private XWPFDocument open(RedlineSource source, ReportContext ctx) throws IOException {
        if (source.fromVendorDocx()) {
            return new XWPFDocument(new ByteArrayInputStream(source.originalDocx()));
        }
        NegotiationWording w = templates.negotiation();
        String header = templates.redline().textHeader(ctx.documentName(), ctx.vendor());
        return ContractDocxBuilder.build(source.document(), w.bodyFont(), w.headingFont(),
                templates.theme().colours().accent(), header);
    }
}

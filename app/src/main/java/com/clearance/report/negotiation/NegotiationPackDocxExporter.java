package com.clearance.report.negotiation;

import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.reporting.NegotiationWording;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ClauseText;
import com.clearance.report.ReportExporter;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The negotiation pack as an editable Word document: for each weak, adverse or missing clause a numbered Heading 1,
 * the problem in one sentence, the current wording when there is any, then the preferred and fallback language
 * under Heading 2s.
 */
public final class NegotiationPackDocxExporter implements ReportExporter<AuditedContract> {

    private static final int MAX_QUOTE = 600;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final ReportTemplates templates;
    private final ClauseCatalog clauses;

    public NegotiationPackDocxExporter(ReportTemplates templates, ClauseCatalog clauses) {
        this.templates = templates;
        this.clauses = clauses;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void export(AuditedContract input, OutputStream out) throws IOException {
        NegotiationWording w = templates.negotiation();
        try (XWPFDocument doc = new XWPFDocument()) {
            WordStyles.create(doc, w.bodyFont(), w.headingFont(), templates.theme().colours().accent());
            BigInteger numbering = WordStyles.headingNumbering(doc);
            paragraph(doc, WordStyles.TITLE, w.title());
            var ctx = input.context();
            paragraph(doc, null, ctx.vendor() + "  \u00B7  " + ctx.documentName() + "  \u00B7  " + DATE.format(ctx.auditedOn()));
            for (String warning : ctx.importWarnings()) { // a damaged file, a partial library, a clause not audited
                paragraph(doc, null, "Warning: " + warning);
            }
            paragraph(doc, null, w.intro());
            for (Finding f : NegotiationPoints.select(input, w.omitSettled())) {
                point(doc, w, f, clauses.get(f.clauseId()), numbering, input.result().pages() > 1,
                        ctx.decision(f.clauseId()));
            }
            paragraph(doc, null, w.closing()).setSpacingBefore(360);
            pageNumberFooter(doc, ctx.documentName());
            doc.getProperties().getCoreProperties().setTitle(w.title() + ": " + ctx.documentName());
            doc.getProperties().getCoreProperties().setCreator(ctx.reviewer());
            doc.write(out);
        }
    }

    private void point(XWPFDocument doc, NegotiationWording w, Finding f, ClauseText clause, BigInteger numbering,
                       boolean paged, com.clearance.domain.Decision decision) {
        XWPFParagraph heading = paragraph(doc, WordStyles.HEADING_1, clause.title());
        heading.setNumID(numbering);
        heading.setNumILvl(BigInteger.ZERO);

        XWPFParagraph problem = doc.createParagraph();
        bold(problem, w.problemLabel());
        problem.createRun().setText(w.problem(f.status(), inSentence(clause.title())));
        if (!f.evidence().isEmpty()) {
            Evidence e = f.evidence().get(0);
            XWPFParagraph current = doc.createParagraph();
            bold(current, w.evidenceLabel());
            XWPFRun quote = current.createRun();
            quote.setItalic(true);
            quote.setText("\u201C" + shorten(e.text()) + "\u201D" + where(e, paged));
        }
        if (decision != null && !decision.note().isBlank()) {
            // the reviewer's note says what we want and why, in their words
            XWPFParagraph note = doc.createParagraph();
            bold(note, w.noteLabel());
            note.createRun().setText(clean(decision.note().strip()));
        }
        String preferred = !clause.preferredLanguage().isBlank() ? clause.preferredLanguage()
                : f.recommendation() == null ? "" : f.recommendation();
        subheading(doc, w.preferredLabel(), numbering);
        paragraph(doc, WordStyles.QUOTE, preferred.isBlank() ? w.noFallback() : preferred);
        subheading(doc, w.fallbackLabel(), numbering);
        paragraph(doc, WordStyles.QUOTE, clause.fallbackLanguage().isBlank() ? w.noFallback() : clause.fallbackLanguage());
    }

    /** "document name · page N": Word and LibreOffice fill in the PAGE field when the document is laid out. */
    private static void pageNumberFooter(XWPFDocument doc, String documentName) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun label = p.createRun();
        label.setFontSize(8);
        label.setColor("5E6873");
        label.setText(clean(documentName) + "  \u00B7  ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void subheading(XWPFDocument doc, String text, BigInteger numbering) {
        XWPFParagraph p = paragraph(doc, WordStyles.HEADING_2, text);
        p.setNumID(numbering);
        p.setNumILvl(BigInteger.ONE);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(clean(text));
        return p;
    }

    private static void bold(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(text);
    }

    private static String where(Evidence e, boolean paged) {
        String section = e.section() == null || e.section().isBlank() ? "" : ", " + e.section().strip();
        if (paged && e.page() > 0) {
            return " (page " + e.page() + section + ")";
        }
        return section.isEmpty() ? "" : " (" + section.substring(2) + ")";
    }

    /** A title inside a sentence: "Data residency" reads "data residency", "IP indemnity" stays as it is. */
    static String inSentence(String title) {
        String first = title.split(" ", 2)[0];
        boolean acronym = first.chars().filter(Character::isUpperCase).count() > 1;
        return acronym || title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    private static String shorten(String text) {
        String t = clean(text).strip();
        if (t.length() <= MAX_QUOTE) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_QUOTE);
        return t.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + " \u2026";
    }

    /** XML 1.0 cannot hold most control characters; Word would refuse the file. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ")
                .replaceAll("[\\t\\r\\n]+", " ");
    }
}

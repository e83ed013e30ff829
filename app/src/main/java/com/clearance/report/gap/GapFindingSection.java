package com.clearance.report.gap;

import com.clearance.domain.Decision;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.domain.reporting.GapFindingLabels;
import com.clearance.domain.reporting.GapReportWording;
import com.clearance.report.ClauseText;
import com.clearance.report.pdf.PdfCanvas;
import com.clearance.report.pdf.PdfStyles;
import com.clearance.report.pdf.TextFit;
import com.clearance.report.pdf.TextStyle;

import java.io.IOException;
import java.util.Locale;

/**
 * One clause that is not protective: heading with its status, the evidence quoted with page and section, the
 * rationale, why the clause matters, the language to ask for, and the reviewer's decision and note.
 */
final class GapFindingSection {

    private final PdfCanvas canvas;
    private final PdfStyles s;
    private final GapReportWording w;

    GapFindingSection(PdfCanvas canvas, PdfStyles s, GapReportWording w) {
        this.canvas = canvas;
        this.s = s;
        this.w = w;
    }

    /** @param paged false for formats without printed pages (text, Markdown, HTML): page numbers would mislead */
    void write(int number, Finding finding, ClauseText clause, Decision decision, boolean paged) throws IOException {
        GapFindingLabels l = w.finding();
        canvas.ensureSpace(130);
        float top = canvas.y();
        String heading = number + "   " + clause.title();
        float chipSpace = 90;
        TextStyle h2 = s.h2();
        for (String line : TextFit.wrap(h2.font(), h2.size(), heading, canvas.width() - chipSpace)) {
            canvas.text(line, canvas.left(), canvas.y(), h2);
            canvas.space(h2.leading());
        }
        float chipWidth = TextFit.width(s.fonts().heading(), 8.5f, s.status(finding.status()).label().toUpperCase()) + 12;
        s.chip(canvas, finding.status(), canvas.left() + canvas.width() - chipWidth, top + 1);
        canvas.space(3);
        canvas.rule(canvas.left(), canvas.left() + canvas.width(), canvas.y(), 0.5f, s.rule());
        canvas.space(10);

        label(l.evidence());
        if (finding.evidence().isEmpty()) {
            canvas.paragraph(l.noEvidence(), s.body(), 0, null);
            String lookedFor = finding.lookedFor() == null ? "" : finding.lookedFor().strip();
            if (!lookedFor.isEmpty() && (finding.rationale() == null || !finding.rationale().contains(lookedFor))) {
                canvas.space(2);
                canvas.paragraph(l.lookedFor() + " " + finding.lookedFor(), s.small(), 0, null);
            }
            canvas.space(8);
        }
        for (Evidence e : finding.evidence()) {
            Status mark = e.pointsTo() != null ? e.pointsTo() : finding.status();
            canvas.paragraph("\u201C" + e.text().strip() + "\u201D", s.quote(), 0, s.statusInk(mark));
            canvas.space(2);
            canvas.paragraph(where(e, paged), s.small(), 12, null);
            canvas.space(6);
        }
        block(l.rationale(), sentence(finding.rationale()), s.body(), null);
        block(l.whyItMatters(), clause.whyItMatters(), s.body(), null);
        // The library's drafting is the source; the finding's own text stands in when the library has none.
        String language = !clause.preferredLanguage().isBlank() ? clause.preferredLanguage() : finding.recommendation();
        block(l.recommendation(), language, s.body(), s.accent());
        block(l.fallback(), clause.fallbackLanguage(), s.body(), s.rule());
        label(l.decision());
        String decided = w.decisions().label(decision == null ? null : decision.kind());
        if (decision != null && !decision.reviewer().isBlank()) {
            decided += "  \u00B7  " + decision.reviewer();
        }
        if (decision != null && decision.decidedOn() != null) {
            decided += "  \u00B7  " + GapCoverPage.DATE.format(decision.decidedOn());
        }
        canvas.paragraph(decided, s.body(), 0, null);
        if (decision != null && !decision.note().isBlank()) {
            canvas.space(3);
            canvas.paragraph(l.note() + ": " + decision.note(), s.body(), 0, null);
        }
        canvas.space(24);
    }

    private void block(String heading, String text, TextStyle style, com.clearance.report.pdf.Rgb bar)
            throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        label(heading);
        canvas.paragraph(text, style, 0, bar);
        canvas.space(8);
    }

    /** A small capitals label kept on the page with at least two lines of what follows. */
    private void label(String text) throws IOException {
        canvas.ensureSpace(s.label().leading() + 2 * s.body().leading());
        canvas.paragraph(text.toUpperCase(Locale.ROOT), s.label(), 0, null);
        canvas.space(2);
    }

    /** Engine rationales may start in lower case; in a report they stand as sentences. */
    private static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String t = text.strip();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private String where(Evidence e, boolean paged) {
        String section = e.section() == null ? "" : e.section().strip();
        if (e.page() <= 0 || !paged) {
            return section.matches("[0-9].*") ? "\u00A7\u00A0" + section : section;
        }
        String at = w.finding().evidenceAt().replace("{page}", String.valueOf(e.page()));
        if (section.isEmpty()) {
            return at.replaceAll("[,;]?\\s*\\{section}", "");
        }
        return at.replace("{section}", section.matches("[0-9].*") ? "\u00A7\u00A0" + section : section);
    }
}

package com.clearance.report.redline;

import com.clearance.domain.reporting.NegotiationWording;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.report.ReportExporter;
import com.clearance.text.WordDiff;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The older version of a contract redlined into the newer one, as Word's Compare shows it: paragraphs both share as
 * they are, paragraphs only the newer has inserted, those only the older has deleted, and a paragraph that was
 * reworded (at least {@value #REWORDED} of its words kept) changed word by word. Accept all gives the newer text,
 * reject all the older.
 */
public final class VersionRedlineDocxExporter implements ReportExporter<VersionPair> {

    static final double REWORDED = 0.4;

    private final ReportTemplates templates;
    private final Clock clock;

    public VersionRedlineDocxExporter(ReportTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void export(VersionPair pair, OutputStream out) throws IOException {
        NegotiationWording w = templates.negotiation();
        List<ContractDocxBuilder.Block> older = ContractDocxBuilder.blocks(pair.older());
        List<ContractDocxBuilder.Block> newer = ContractDocxBuilder.blocks(pair.newer());
        String header = pair.older().name() + "  \u2192  " + pair.newer().name() + "  \u00B7  compared by Clearance";
        try (XWPFDocument doc = ContractDocxBuilder.create(w.bodyFont(), w.headingFont(),
                templates.theme().colours().accent(), header)) {
            RevisionMarks marks = new RevisionMarks(pair.author(), clock.instant(), 1);
            List<WordDiff.Step> steps = WordDiff.align(older, newer, (a, b) -> a.text().equals(b.text()));
            for (int k = 0; k < steps.size(); ) {
                WordDiff.Step s = steps.get(k);
                if (s.op() == WordDiff.Op.SAME) {
                    plain(doc, newer.get(s.newIndex()));
                    k++;
                    continue;
                }
                List<ContractDocxBuilder.Block> removed = new ArrayList<>();
                List<ContractDocxBuilder.Block> added = new ArrayList<>();
                while (k < steps.size() && steps.get(k).op() != WordDiff.Op.SAME) {
                    WordDiff.Step c = steps.get(k++);
                    if (c.op() == WordDiff.Op.REMOVED) {
                        removed.add(older.get(c.oldIndex()));
                    } else {
                        added.add(newer.get(c.newIndex()));
                    }
                }
                changed(doc, marks, removed, added);
            }
            doc.setTrackRevisions(true);
            doc.getProperties().getCoreProperties().setTitle(header);
            doc.getProperties().getCoreProperties().setCreator(pair.author());
            doc.write(out);
        }
    }

    /** A stretch that differs: reworded paragraphs paired in order, the rest deleted or inserted whole. */
    private static void changed(XWPFDocument doc, RevisionMarks marks, List<ContractDocxBuilder.Block> removed,
                                List<ContractDocxBuilder.Block> added) {
        int j = 0;
        for (ContractDocxBuilder.Block old : removed) {
            int match = -1;
            for (int t = j; t < added.size(); t++) {
                if (WordDiff.similarity(old.text(), added.get(t).text()) >= REWORDED) {
                    match = t;
                    break;
                }
            }
            if (match < 0) {
                whole(doc, marks, old, "del");
                continue;
            }
            while (j < match) {
                whole(doc, marks, added.get(j++), "ins");
            }
            reworded(doc, marks, old, added.get(j++));
        }
        while (j < added.size()) {
            whole(doc, marks, added.get(j++), "ins");
        }
    }

    private static void plain(XWPFDocument doc, ContractDocxBuilder.Block b) {
        XWPFParagraph p = doc.createParagraph();
        ContractDocxBuilder.style(p, b);
        p.createRun().setText(b.text());
    }

    /** A paragraph inserted or deleted as a whole, its paragraph mark too. */
    private static void whole(XWPFDocument doc, RevisionMarks marks, ContractDocxBuilder.Block b, String kind) {
        XWPFParagraph p = doc.createParagraph();
        ContractDocxBuilder.style(p, b);
        Element para = (Element) p.getCTP().getDomNode();
        Element ppr = WordXml.child(para, "pPr");
        if (ppr == null) {
            ppr = WordXml.create(para, "pPr");
            para.insertBefore(ppr, para.getFirstChild());
        }
        Element rpr = WordXml.create(para, "rPr");
        rpr.appendChild(marks.mark(para, kind));
        ppr.appendChild(rpr);
        para.appendChild(change(para, marks, kind, b.text()));
    }

    private static void reworded(XWPFDocument doc, RevisionMarks marks, ContractDocxBuilder.Block old,
                                 ContractDocxBuilder.Block now) {
        XWPFParagraph p = doc.createParagraph();
        ContractDocxBuilder.style(p, now);
        Element para = (Element) p.getCTP().getDomNode();
        List<WordDiff.Piece> pieces = WordDiff.words(old.text(), now.text());
        for (int i = 0; i < pieces.size(); i++) {
            WordDiff.Piece piece = pieces.get(i);
            // every piece but the last carries the space after it, so accept and reject both read with single spaces
            String text = piece.text() + (i + 1 < pieces.size() ? " " : "");
            switch (piece.op()) {
                case SAME -> para.appendChild(run(para, "t", text));
                case REMOVED -> para.appendChild(change(para, marks, "del", text));
                case ADDED -> para.appendChild(change(para, marks, "ins", text));
            }
        }
    }

    private static Element change(Element para, RevisionMarks marks, String kind, String text) {
        Element mark = marks.mark(para, kind);
        mark.appendChild(run(para, kind.equals("del") ? "delText" : "t", text));
        return mark;
    }

    private static Element run(Element para, String textKind, String text) {
        Element r = WordXml.create(para, "r");
        r.appendChild(WordXml.text(para, textKind, text));
        return r;
    }
}

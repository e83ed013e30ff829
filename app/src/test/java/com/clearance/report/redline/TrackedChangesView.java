package com.clearance.report.redline;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a redlined body as Word would show it after "Accept all changes" or "Reject all changes": paragraph texts
 * with inserted runs kept and deleted ones gone, or the other way round (an inserted paragraph then disappears).
 * Text box paragraphs are listed where they are anchored; their mc:Fallback copies are not.
 */
final class TrackedChangesView {

    private TrackedChangesView() {
    }

    static List<String> acceptAll(XWPFDocument doc) {
        return texts(doc, true);
    }

    static List<String> rejectAll(XWPFDocument doc) {
        return texts(doc, false);
    }

    /** The paragraphs' texts of a document with no tracked changes. */
    static List<String> plain(XWPFDocument doc) {
        return texts(doc, true);
    }

    private static List<String> texts(XWPFDocument doc, boolean accept) {
        List<String> out = new ArrayList<>();
        Element body = (Element) doc.getDocument().getBody().getDomNode();
        for (Element p : WordXml.descendants(body, "p")) {
            if (WordXml.inFallback(p)) {
                continue; // the copy of a text box for readers without DrawingML; Word shows the mc:Choice
            }
            Element ppr = WordXml.child(p, "pPr");
            Element mark = ppr == null ? null : WordXml.child(ppr, "rPr");
            boolean insertedParagraph = mark != null && WordXml.child(mark, "ins") != null;
            if (insertedParagraph && !accept) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            collect(p, accept, text);
            out.add(text.toString());
        }
        return out;
    }

    private static void collect(Node node, boolean accept, StringBuilder text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (WordXml.is(n, "ins") && !accept || WordXml.is(n, "del") && accept || WordXml.is(n, "pPr")
                    || WordXml.is(n, "txbxContent")) {
                continue;
            }
            if (WordXml.is(n, "t") || WordXml.is(n, "delText")) {
                text.append(WordXml.textOf(n));
            } else if (n instanceof Element) {
                collect(n, accept, text);
            }
        }
    }
}

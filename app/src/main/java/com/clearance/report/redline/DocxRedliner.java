package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import com.clearance.domain.reporting.RedlineWording;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the proposals into a Word document as tracked changes with comments: each deciding sentence found in the
 * body is struck and the preferred language inserted in its place; a clause the contract lacks (or whose sentence
 * cannot be found) is inserted as a new paragraph at the end of the section it belongs in.
 */
final class DocxRedliner {

    /** What happened to one proposal: struck and replaced in place, or inserted as a paragraph. */
    enum Placement { REPLACED, INSERTED }

    record Outcome(RedlinePoint point, Placement placement) {
    }

    private final XWPFDocument doc;
    private final ContractDocument model;
    private final TrackedEdit edit;
    private final RedlineComments comments;
    private final SentenceLocator locator;
    private final RedlineWording wording;
    private final Map<Element, Element> lastInsertedAfter = new IdentityHashMap<>();
    /** Sentences already struck, by their text: where the last proposal replacing them ends. */
    private final Map<String, Struck> struck = new HashMap<>();

    private record Struck(Element paragraph, Element end, String firstClause) {
    }

    DocxRedliner(XWPFDocument doc, ContractDocument model, RedlineWording wording, String author, Instant when) {
        this.doc = doc;
        this.model = model;
        this.wording = wording;
        Element body = (Element) doc.getDocument().getBody().getDomNode();
        RevisionMarks marks = new RevisionMarks(author, when, maxId(body) + 1);
        this.edit = new TrackedEdit(marks);
        this.comments = new RedlineComments(doc, marks, when);
        this.locator = new SentenceLocator(WordXml.descendants(body, "p"));
    }

    List<Outcome> apply(List<RedlinePoint> points) {
        List<Outcome> out = new ArrayList<>();
        for (RedlinePoint point : points) {
            String key = point.missing() ? null : SentenceLocator.normalise(point.deciding().text());
            Struck already = key == null ? null : struck.get(key);
            SentenceLocator.Found found = point.missing() || already != null ? null : locator.find(point.deciding().text());
            List<SentenceLocator.Found> cells = point.missing() || already != null || found != null ? List.of()
                    : locator.findAcrossCells(point.deciding().text());
            if (already != null) {
                // the same sentence decided an earlier clause: our second clause follows the first one's language
                TrackedEdit.Anchor anchor = edit.insertAfter(already.paragraph(), already.end(), point.preferred());
                List<RedlineComments.Line> lines = lines(point, false);
                lines.add(1, new RedlineComments.Line(wording.currentWordingLabel(),
                        wording.alsoDecides(already.firstClause())));
                struck.put(key, new Struck(already.paragraph(), comments.add(anchor, lines), already.firstClause()));
                locator.refresh(already.paragraph());
                out.add(new Outcome(point, Placement.REPLACED));
            } else if (found != null || !cells.isEmpty()) {
                TrackedEdit.Anchor anchor = found != null ? replace(found, point.preferred()) : replaceAcross(cells, point);
                Element end = comments.add(anchor, lines(point, false));
                struck.put(key, new Struck(anchor.paragraph(), end, point.title()));
                out.add(new Outcome(point, Placement.REPLACED));
            } else {
                Element after = insertionPoint(point);
                if (after == null) {
                    continue;
                }
                Element chained = lastInsertedAfter.getOrDefault(after, after);
                TrackedEdit.Anchor anchor = edit.insertParagraphAfter(chained, point.preferred());
                lastInsertedAfter.put(after, anchor.paragraph());
                comments.add(anchor, lines(point, !point.missing()));
                out.add(new Outcome(point, Placement.INSERTED));
            }
        }
        doc.setTrackRevisions(true);
        return out;
    }

    /**
     * A comment on the document's first paragraph that has text, saying the audit was incomplete and why: the
     * warnings are in no tracked change, and a reader of the redline alone would take the silence on a clause left
     * out for agreement. Nothing in the contract's own text changes.
     */
    void noteIncompleteAudit(List<String> warnings) {
        Element body = (Element) doc.getDocument().getBody().getDomNode();
        for (Element p : WordXml.descendants(body, "p")) {
            List<Element> runs = WordXml.descendants(p, "r").stream().filter(r -> r.getParentNode() == p).toList();
            if (runs.isEmpty() || WordXml.textOf(p).isBlank()) continue;
            List<RedlineComments.Line> lines = new ArrayList<>();
            lines.add(new RedlineComments.Line("", wording.incompleteAudit()));
            warnings.forEach(w -> lines.add(new RedlineComments.Line("", w)));
            comments.add(new TrackedEdit.Anchor(p, runs.get(0), runs.get(runs.size() - 1)), lines);
            return;
        }
    }

    private TrackedEdit.Anchor replace(SentenceLocator.Found found, String preferred) {
        TrackedEdit.Anchor anchor = edit.replace(found.paragraph(), found.start(), found.end(), preferred);
        WordXml.dropFallbackCopies(anchor.paragraph());
        locator.refresh(anchor.paragraph());
        return anchor;
    }

    /**
     * A sentence across table cells: its piece in each cell struck, our language inserted after the last piece, in
     * the cell where the sentence ends; the comment is anchored there.
     */
    private TrackedEdit.Anchor replaceAcross(List<SentenceLocator.Found> pieces, RedlinePoint point) {
        for (SentenceLocator.Found piece : pieces.subList(0, pieces.size() - 1)) {
            edit.strike(piece.paragraph(), piece.start(), piece.end());
            locator.refresh(piece.paragraph().paragraph());
        }
        return replace(pieces.get(pieces.size() - 1), point.preferred());
    }

    private Element insertionPoint(RedlinePoint point) {
        Sentence anchor = SectionChooser.anchor(model, point.clauseId(), point.title());
        SentenceLocator.Found found = anchor == null ? null : locator.find(anchor.text());
        return found != null ? outsideTextBoxes(found.paragraph().paragraph()) : locator.lastWithText();
    }

    /** A new clause goes into the body, not into a text box: after the paragraph the box is anchored in. */
    private static Element outsideTextBoxes(Element paragraph) {
        Element p = paragraph;
        while (p != null && SentenceLocator.ancestor(p, "txbxContent") != null) {
            p = WordXml.paragraphOf(SentenceLocator.ancestor(p, "txbxContent"));
        }
        return p == null ? paragraph : p;
    }

    private List<RedlineComments.Line> lines(RedlinePoint p, boolean sentenceNotFound) {
        List<RedlineComments.Line> lines = new ArrayList<>();
        lines.add(new RedlineComments.Line(wording.issueLabel(),
                wording.issue(p.title(), p.missing() ? Status.MISSING : p.status())));
        if (sentenceNotFound) {
            lines.add(new RedlineComments.Line(wording.currentWordingLabel(),
                    wording.notFound(RedlinePoints.oneLine(p.deciding().text()))));
        }
        if (!p.reason().isEmpty()) {
            lines.add(new RedlineComments.Line(wording.reasonLabel(), p.reason()));
        }
        lines.add(new RedlineComments.Line(wording.fallbackLabel(), p.fallback().isEmpty() ? wording.noFallback() : p.fallback()));
        if (!p.note().isEmpty()) {
            lines.add(new RedlineComments.Line(wording.noteLabel(), p.note()));
        }
        return lines;
    }

    /** The highest numeric w:id in the body, so our revision ids never clash with existing ones. */
    private static int maxId(Node root) {
        int max = 0;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String id = e.getAttributeNS(WordXml.W, "id");
                if (id != null && !id.isEmpty()) {
                    try {
                        max = Math.max(max, Integer.parseInt(id));
                    } catch (NumberFormatException ignored) {
                        // not numeric, cannot clash
                    }
                }
                max = Math.max(max, maxId(e));
            }
        }
        return max;
    }
}

package com.clearance.report.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Tracked changes written into a paragraph's runs: a character range of its visible text deleted (each run inside it
 * wrapped in w:del, its w:t renamed w:delText) and new text inserted after it in a w:ins, or a whole new paragraph
 * inserted after another one. Runs are split where the range starts and ends, keeping their formatting on both sides.
 * Runs that carry more than text (field characters and codes, footnote and endnote references, drawings, objects)
 * and text inside a complex field are left where they are, so accepting the change never breaks a field, a footnote
 * or a hyperlink; a hyperlink's text runs are deleted inside the w:hyperlink, which stays.
 */
final class TrackedEdit {

    /** The nodes a comment is anchored to: from {@code first} to {@code last}, both direct children of the paragraph. */
    record Anchor(Element paragraph, Node first, Node last) {
    }

    private final RevisionMarks marks;

    TrackedEdit(RevisionMarks marks) {
        this.marks = marks;
    }

    /**
     * Deletes characters [start, end) of the paragraph's normalised text and inserts {@code replacement} after them.
     * Both ends must be non-space characters of the text.
     */
    Anchor replace(ParagraphText para, int start, int end, String replacement) {
        Struck struck = strike(para, start, end);
        Element ins = insertion(struck.paragraph(), struck.style(), replacement);
        WordXml.insertAfter(ins, struck.last());
        return new Anchor(struck.paragraph(), struck.first(), ins);
    }

    /** What {@link #strike} deleted: the paragraph's first and last children it touched, and the run to style from. */
    record Struck(Element paragraph, Node first, Node last, Element style) {
    }

    /** Deletes characters [start, end) of the paragraph's normalised text, as {@link #replace} does, inserting nothing. */
    Struck strike(ParagraphText para, int start, int end) {
        Element p = para.paragraph();
        ParagraphText.Spot last = para.spot(end - 1);
        ParagraphText.Spot first = para.spot(start);
        // split at the end first: the start spot keeps its offset when the text after it is cut away
        Element endRun = runOf(last.textElement());
        splitAfter(last.textElement(), last.offset() + 1);
        Element firstRun = runOf(first.textElement());
        Element startRun = splitBefore(first.textElement(), first.offset());
        if (firstRun == endRun) {
            endRun = startRun; // the tail split off the start holds everything up to the end
        }
        Set<Element> inFields = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> runs = runsBetween(p, startRun, endRun, inFields);
        Element style = longestText(runs);
        Node firstTop = WordXml.topLevel(startRun, p);
        Node lastTop = WordXml.topLevel(endRun, p);
        for (Element run : runs) {
            if (!inFields.contains(run) && !isProtected(run)) {
                delete(run);
            }
        }
        // the wrapping may have put a w:del around the first or last run at paragraph level
        firstTop = WordXml.topLevel(firstTop, p);
        lastTop = WordXml.topLevel(lastTop, p);
        return new Struck(p, firstTop, lastTop, style);
    }

    /** Inserts {@code text} (after a space) right after {@code after}, a direct child of the paragraph. */
    Anchor insertAfter(Element paragraph, Node after, String text) {
        Element ins = insertion(paragraph, null, " " + text);
        WordXml.insertAfter(ins, after);
        return new Anchor(paragraph, ins, ins);
    }

    /** A new paragraph after {@code after}, inserted as a whole (its text and its paragraph mark). */
    Anchor insertParagraphAfter(Element after, String text) {
        Element p = WordXml.create(after, "p");
        Element ppr = bodyParagraphProperties(after);
        p.appendChild(ppr);
        Element markRpr = WordXml.child(ppr, "rPr");
        if (markRpr == null) {
            markRpr = WordXml.create(after, "rPr");
            ppr.appendChild(markRpr);
        }
        markRpr.insertBefore(marks.mark(after, "ins"), markRpr.getFirstChild());
        Element ins = insertion(after, firstTextRun(after), text);
        p.appendChild(ins);
        WordXml.insertAfter(p, after);
        return new Anchor(p, ins, ins);
    }

    private Element insertion(Node near, Element styleFrom, String text) {
        Element ins = marks.mark(near, "ins");
        Element run = WordXml.create(near, "r");
        Element rpr = styleFrom == null ? null : WordXml.child(styleFrom, "rPr");
        if (rpr != null) {
            Element copy = (Element) rpr.cloneNode(true);
            removeChildren(copy, "rPrChange", "ins", "del");
            run.appendChild(copy);
        }
        run.appendChild(WordXml.text(near, "t", text));
        ins.appendChild(run);
        return ins;
    }

    /** The paragraph properties of {@code after} for a new body paragraph: no heading style, section break or list. */
    private static Element bodyParagraphProperties(Element after) {
        Element old = WordXml.child(after, "pPr");
        Element ppr = old == null ? WordXml.create(after, "pPr") : (Element) old.cloneNode(true);
        removeChildren(ppr, "sectPr", "pPrChange", "rPr", "framePr");
        Element style = WordXml.child(ppr, "pStyle");
        String id = style == null ? null : WordXml.attr(style, "val");
        if (id != null && (id.toLowerCase().startsWith("heading") || id.toLowerCase().startsWith("title"))) {
            ppr.removeChild(style);
            removeChildren(ppr, "numPr", "outlineLvl", "keepNext");
        }
        return ppr;
    }

    private static Element firstTextRun(Element paragraph) {
        for (Element t : WordXml.descendants(paragraph, "t")) {
            return runOf(t);
        }
        return null;
    }

    private void delete(Element run) {
        for (Element t : WordXml.descendants(run, "t")) {
            Element del = WordXml.text(t, "delText", WordXml.textOf(t));
            t.getParentNode().replaceChild(del, t);
        }
        Element del = marks.mark(run, "del");
        run.getParentNode().replaceChild(del, run);
        del.appendChild(run);
    }

    /** Splits the run holding {@code t} so that the text from {@code offset} on is in a run of its own; returns it. */
    private static Element splitBefore(Element t, int offset) {
        Element run = runOf(t);
        if (offset == 0 && firstContent(run) == t) {
            return run;
        }
        Element tail = splitRun(run, t, offset);
        return tail;
    }

    /** Splits the run holding {@code t} so that the run ends at {@code offset} of t's text. */
    private static void splitAfter(Element t, int offset) {
        Element run = runOf(t);
        boolean atEnd = offset >= WordXml.textOf(t).length() && nextContent(t) == null;
        if (!atEnd) {
            splitRun(run, t, offset);
        }
    }

    /** Moves t's text from {@code offset} and every later child of the run into a new run right after it. */
    private static Element splitRun(Element run, Element t, int offset) {
        Element tail = (Element) run.cloneNode(false);
        Element rpr = WordXml.child(run, "rPr");
        if (rpr != null) {
            tail.appendChild(rpr.cloneNode(true));
        }
        String value = WordXml.textOf(t);
        Node after = t.getNextSibling();
        if (offset <= 0) {
            tail.appendChild(t);
        } else if (offset < value.length()) {
            WordXml.setText(t, value.substring(0, offset));
            t.setAttributeNS(WordXml.XML, "xml:space", "preserve");
            tail.appendChild(WordXml.text(t, "t", value.substring(offset)));
        }
        while (after != null) {
            Node next = after.getNextSibling();
            tail.appendChild(after);
            after = next;
        }
        WordXml.insertAfter(tail, run);
        return tail;
    }

    private static Node firstContent(Element run) {
        for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && !WordXml.is(n, "rPr")) {
                return n;
            }
        }
        return null;
    }

    private static Node nextContent(Node n) {
        for (Node s = n.getNextSibling(); s != null; s = s.getNextSibling()) {
            if (s instanceof Element) {
                return s;
            }
        }
        return null;
    }

    static Element runOf(Node node) {
        Node n = node;
        while (n != null && !WordXml.is(n, "r")) {
            n = n.getParentNode();
        }
        return (Element) n;
    }

    /** The runs of the paragraph from {@code first} to {@code last} in document order; runs inside fields marked. */
    private static List<Element> runsBetween(Element p, Element first, Element last, Set<Element> inFields) {
        List<Element> out = new ArrayList<>();
        int fieldDepth = 0;
        boolean inside = false;
        for (Element run : WordXml.descendants(p, "r")) {
            if (WordXml.paragraphOf(run) != p) {
                continue; // a run of a text box anchored in this paragraph
            }
            if (run == first) {
                inside = true;
            }
            boolean protectedByField = fieldDepth > 0;
            for (Element fc : WordXml.descendants(run, "fldChar")) {
                String type = WordXml.attr(fc, "fldCharType");
                if ("begin".equals(type)) {
                    fieldDepth++;
                } else if ("end".equals(type)) {
                    fieldDepth = Math.max(0, fieldDepth - 1);
                }
                protectedByField = true;
            }
            if (inside && !insideDeletion(run, p)) {
                if (protectedByField) {
                    inFields.add(run);
                }
                out.add(run);
            }
            if (run == last) {
                break;
            }
        }
        return out;
    }

    private static boolean insideDeletion(Node run, Element p) {
        for (Node n = run.getParentNode(); n != null && n != p; n = n.getParentNode()) {
            if (WordXml.is(n, "del") || WordXml.is(n, "moveFrom")) {
                return true;
            }
        }
        return false;
    }

    /** A run that holds more than text, or text inside a complex field, is kept out of a deletion. */
    private static boolean isProtected(Element run) {
        for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WordXml.W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "rPr", "t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "lastRenderedPageBreak" -> {
                    }
                    default -> {
                        return true;
                    }
                }
            } else if (n instanceof Element) {
                return true; // mc:AlternateContent and other foreign content
            }
        }
        return false;
    }

    private static Element longestText(List<Element> runs) {
        Element best = null;
        int length = -1;
        for (Element run : runs) {
            int n = 0;
            for (Element t : WordXml.descendants(run, "t")) {
                n += WordXml.textOf(t).length();
            }
            if (n > length) {
                best = run;
                length = n;
            }
        }
        return best;
    }

    private static void removeChildren(Element parent, String... localNames) {
        for (String name : localNames) {
            for (Element c = WordXml.child(parent, name); c != null; c = WordXml.child(parent, name)) {
                parent.removeChild(c);
            }
        }
    }
}

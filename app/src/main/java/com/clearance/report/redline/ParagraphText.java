package com.clearance.report.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The visible text of one Word paragraph as the importer normalises it (white space collapsed to single spaces,
 * no-break spaces as spaces, invisible characters dropped), with each non-space character traced back to the w:t
 * element and offset it came from, so a sentence found in the text can be cut out of the runs that hold it.
 * Text already deleted (w:del, w:moveFrom), field instructions and footnote text are not part of it.
 */
final class ParagraphText {

    /** Where one character of the normalised text lives: a w:t element and the offset inside its text. */
    record Spot(Element textElement, int offset) {
    }

    private final Element paragraph;
    private final StringBuilder text = new StringBuilder();
    private final List<Spot> spots = new ArrayList<>();
    private boolean pendingSpace;

    ParagraphText(Element paragraph) {
        this.paragraph = paragraph;
        walk(paragraph);
    }

    Element paragraph() {
        return paragraph;
    }

    String text() {
        return text.toString();
    }

    /** The spot of the character at {@code index} of the normalised text; null for a space. */
    Spot spot(int index) {
        return spots.get(index);
    }

    private void walk(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !WordXml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "del", "moveFrom", "pPr", "rPr", "instrText", "delText", "delInstrText", "footnoteReference",
                     "endnoteReference", "commentReference" -> {
                    // not visible text of this paragraph
                }
                case "t" -> append(e);
                case "tab", "br", "cr", "ptab" -> pendingSpace = true;
                case "noBreakHyphen" -> appendChar('-', null);
                case "p" -> {
                    if (e == paragraph) {
                        walk(e);
                    }
                }
                default -> walk(e);
            }
        }
    }

    private void append(Element t) {
        String raw = WordXml.textOf(t);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            appendChar(c, new Spot(t, i));
        }
    }

    private void appendChar(char c, Spot spot) {
        if (pendingSpace && !text.isEmpty()) {
            text.append(' ');
            spots.add(null);
        }
        pendingSpace = false;
        text.append(c);
        spots.add(spot);
    }
}

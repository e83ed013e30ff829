package com.clearance.report.redline;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a sentence of the document model in the paragraphs of a Word body. The model's text is the paragraph's
 * visible text normalised, with the automatic number ("1.1", "(a)") printed before it; the number is not in the runs,
 * so it is tried without it too. When quotes or dashes differ the sentence is found by its first and last words.
 * Paragraphs in text boxes are searched like any other (the mc:Fallback copy of a text box is not). A sentence the
 * importer read across the cells of a table row (cells joined with " | ") is found in that row, one piece per cell.
 */
final class SentenceLocator {

    /** A sentence found: the paragraph and the character range [start, end) of its normalised text. */
    record Found(ParagraphText paragraph, int start, int end) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "^(?:[(\\[]?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)\\]]?|Section \\S+|Article \\S+|§\\s?\\S+)\\s+");
    private static final int EDGE = 40;

    private final List<ParagraphText> paragraphs = new ArrayList<>();

    SentenceLocator(List<Element> paragraphElements) {
        for (Element p : paragraphElements) {
            if (!WordXml.inFallback(p)) {
                paragraphs.add(new ParagraphText(p));
            }
        }
    }

    /**
     * A sentence spread over the cells of one table row, as pieces in document order, each within one cell's
     * paragraph; leading cells that only label the row ("Models | Provider may ...") are left out. Empty when the
     * sentence is not found across cells.
     */
    List<Found> findAcrossCells(String sentence) {
        String wanted = normalise(sentence);
        if (!wanted.contains(" | ")) {
            return List.of();
        }
        for (RowText row : rows()) {
            for (String candidate : candidates(wanted)) {
                int at = row.text.indexOf(candidate);
                if (at >= 0) {
                    List<Found> pieces = withoutLabels(row.pieces(at, at + candidate.length()));
                    if (!pieces.isEmpty()) {
                        return pieces;
                    }
                }
            }
        }
        return List.of();
    }

    private List<RowText> rows() {
        List<RowText> out = new ArrayList<>();
        java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ParagraphText p : paragraphs) {
            Element row = ancestor(p.paragraph(), "tr");
            if (row != null && seen.add(row)) {
                out.add(new RowText(row, this));
            }
        }
        return out;
    }

    ParagraphText textOf(Element paragraph) {
        for (ParagraphText p : paragraphs) {
            if (p.paragraph() == paragraph) {
                return p;
            }
        }
        return null;
    }

    /** A leading piece that is a whole cell without a closing stop, followed by a cell opening with a capital. */
    private static List<Found> withoutLabels(List<Found> pieces) {
        int from = 0;
        while (from < pieces.size() - 1) {
            Found f = pieces.get(from);
            String piece = f.paragraph().text().substring(f.start(), f.end());
            Found next = pieces.get(from + 1);
            boolean wholeCell = piece.equals(f.paragraph().text().strip());
            boolean label = wholeCell && !piece.matches(".*[.;:,]$")
                    && Character.isUpperCase(next.paragraph().text().charAt(next.start()));
            if (!label) {
                break;
            }
            from++;
        }
        return pieces.subList(from, pieces.size());
    }

    static Element ancestor(Element node, String localName) {
        for (org.w3c.dom.Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (WordXml.is(n, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** The text of one table row as the importer reads it: each cell's paragraphs joined by a space, cells by " | ". */
    private static final class RowText {
        private final StringBuilder builder = new StringBuilder();
        private final List<ParagraphText> parts = new ArrayList<>();
        private final List<Integer> offsets = new ArrayList<>();
        private final String text;

        RowText(Element row, SentenceLocator locator) {
            boolean firstCell = true;
            for (org.w3c.dom.Node c = row.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!WordXml.is(c, "tc")) {
                    continue;
                }
                if (!firstCell) {
                    // as the importer's cleaning leaves it: empty cells collapse to "| |", a leading one to "| "
                    builder.append(builder.isEmpty() || builder.charAt(builder.length() - 1) == ' ' ? "| " : " | ");
                }
                firstCell = false;
                boolean firstParagraph = true;
                for (org.w3c.dom.Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
                    ParagraphText p = WordXml.is(n, "p") ? locator.textOf((Element) n) : null;
                    if (p == null || p.text().isEmpty()) {
                        continue;
                    }
                    if (!firstParagraph) {
                        builder.append(' ');
                    }
                    firstParagraph = false;
                    offsets.add(builder.length());
                    parts.add(p);
                    builder.append(p.text());
                }
            }
            text = builder.toString();
        }

        List<Found> pieces(int start, int end) {
            List<Found> out = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                int from = offsets.get(i);
                int to = from + parts.get(i).text().length();
                int s = Math.max(start, from);
                int e = Math.min(end, to);
                if (s < e) {
                    Found f = bounded(parts.get(i), s - from, e - from);
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
            return out;
        }
    }

    /** Reads a paragraph's text again after it was edited. */
    void refresh(Element paragraph) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).paragraph() == paragraph) {
                paragraphs.set(i, new ParagraphText(paragraph));
            }
        }
    }

    /** The last paragraph with text, or null for an empty body. */
    Element lastWithText() {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (!paragraphs.get(i).text().isBlank()) {
                return paragraphs.get(i).paragraph();
            }
        }
        return null;
    }

    Found find(String sentence) {
        String wanted = normalise(sentence);
        if (wanted.isEmpty()) {
            return null;
        }
        for (String candidate : candidates(wanted)) {
            Found f = exact(candidate);
            if (f != null) {
                return f;
            }
        }
        for (String candidate : candidates(wanted)) {
            Found f = byEdges(candidate);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static List<String> candidates(String wanted) {
        List<String> out = new ArrayList<>();
        out.add(wanted);
        String rest = wanted;
        for (int i = 0; i < 2; i++) {
            Matcher m = LABEL.matcher(rest);
            if (!m.find() || m.end() >= rest.length()) {
                break;
            }
            rest = rest.substring(m.end());
            out.add(rest);
        }
        return out;
    }

    private Found exact(String candidate) {
        for (ParagraphText p : paragraphs) {
            int at = p.text().indexOf(candidate);
            if (at >= 0) {
                return bounded(p, at, at + candidate.length());
            }
        }
        return null;
    }

    private Found byEdges(String candidate) {
        if (candidate.length() < EDGE * 2) {
            return null;
        }
        String head = candidate.substring(0, EDGE);
        String tail = candidate.substring(candidate.length() - EDGE);
        for (ParagraphText p : paragraphs) {
            int at = p.text().indexOf(head);
            if (at < 0) {
                continue;
            }
            int end = p.text().indexOf(tail, at + EDGE);
            if (end < 0) {
                continue;
            }
            end += EDGE;
            int span = end - at;
            if (Math.abs(span - candidate.length()) <= candidate.length() / 10) {
                return bounded(p, at, end);
            }
        }
        return null;
    }

    /** Pulls the range in past characters with no run behind them (a non-breaking hyphen), or gives up. */
    private static Found bounded(ParagraphText p, int start, int end) {
        while (start < end && p.spot(start) == null) {
            start++;
        }
        while (end > start && p.spot(end - 1) == null) {
            end--;
        }
        return start < end ? new Found(p, start, end) : null;
    }

    /** The same folding the importer gives sentence text, so a stored sentence is found in the document again. */
    static String normalise(String raw) {
        return com.clearance.text.BlockPreparer.normalise(raw);
    }
}

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
            paragraphs.add(new ParagraphText(p));
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

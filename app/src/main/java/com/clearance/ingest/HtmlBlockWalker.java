package com.clearance.ingest;

import com.clearance.text.BlockKind;
import com.clearance.text.TextBlock;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks an HTML body and turns it into blocks: inline content is gathered until the next block-level element, headings
 * keep their level, table rows join their cells with " | ", and ordered list items get the number a browser shows.
 */
final class HtmlBlockWalker {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "body", "dd", "details",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
            "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "ul", "caption", "center", "header", "footer");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

    /** A list marker as an item may print it: "3.", "3.1", "(b)", "iv)". */
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "\\(?(?:\\d{1,3}(?:\\.\\d{1,3})+\\.?|(?:\\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)])(?=\\s|$)");
    private final List<TextBlock> blocks = new ArrayList<>();

    List<TextBlock> walk(Element body) {
        if (body != null) {
            container(body, BlockKind.PARAGRAPH, "");
        }
        return blocks;
    }

    /** Emits the inline runs of a block element as blocks of {@code kind}; recurses into nested block elements. */
    private void container(Element element, BlockKind kind, String prefix) {
        StringBuilder inline = new StringBuilder(prefix);
        int itemNumber = startNumber(element);
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                inline.append(text.getWholeText());
            } else if (child instanceof Element e && !isBlock(e)) {
                inline.append(e.normalName().equals("br") ? " " : e.text()).append(isSpacedInline(e) ? " " : "");
            } else if (child instanceof Element e) {
                emit(inline, kind, 0);
                inline.setLength(0);
                block(e, element, itemNumber);
                if (e.normalName().equals("li")) {
                    itemNumber++;
                }
            }
        }
        emit(inline, kind, 0);
    }

    private void block(Element e, Element parent, int itemNumber) {
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> emit(new StringBuilder(e.text()), BlockKind.HEADING, tag.charAt(1) - '0');
            case "tr" -> emit(new StringBuilder(row(e)), BlockKind.TABLE_ROW, 0);
            case "li" -> container(e, BlockKind.LIST_ITEM, listMarker(parent, itemNumber, e.text()));
            case "dl" -> definitionList(e);
            case "hr" -> { }
            default -> container(e, BlockKind.PARAGRAPH, "");
        }
    }

    /** A definition list reads as "Term: definition", the form a Definitions section prints. */
    private void definitionList(Element dl) {
        String term = null;
        for (Element child : dl.children()) {
            if (child.normalName().equals("dt")) {
                if (term != null) {
                    emit(new StringBuilder(term), BlockKind.PARAGRAPH, 0);
                }
                term = clean(child.text());
            } else if (child.normalName().equals("dd")) {
                String prefix = term == null || term.isEmpty() ? "" : term + ": ";
                emit(new StringBuilder(prefix + child.text()), BlockKind.PARAGRAPH, 0);
                term = null;
            } else {
                block(child, dl, 1);
            }
        }
        if (term != null) {
            emit(new StringBuilder(term), BlockKind.PARAGRAPH, 0);
        }
    }

    private static String row(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
            String text = clean(cell.text());
            if (!text.isEmpty()) {
                cells.add(text);
            }
        }
        return String.join(" | ", cells);
    }

    /** The number a browser shows before an ordered list item, unless the item already prints its own number. */
    private static String listMarker(Element list, int number, String itemText) {
        if (!list.normalName().equals("ol") || OWN_NUMBER.matcher(itemText.strip()).lookingAt()) {
            return "";
        }
        String type = list.attr("type");
        String marker = switch (type) {
            case "a" -> String.valueOf((char) ('a' + (number - 1) % 26));
            case "A" -> String.valueOf((char) ('A' + (number - 1) % 26));
            case "i" -> Roman.of(number).toLowerCase(Locale.ROOT);
            case "I" -> Roman.of(number);
            default -> String.valueOf(number);
        };
        return marker + ". ";
    }

    private static int startNumber(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private static boolean isSpacedInline(Element e) {
        return Set.of("td", "th", "label", "img").contains(e.normalName());
    }

    private void emit(CharSequence raw, BlockKind kind, int level) {
        String text = clean(raw.toString());
        if (!text.isEmpty() && !OWN_NUMBER.matcher(text).matches()) {
            blocks.add(new TextBlock(text, 1, kind, level));
        }
    }

    private static String clean(String s) {
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    /** Roman numerals for ordered lists of type i / I. */
    static final class Roman {
        private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

        private Roman() {
        }

        static String of(int n) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < VALUES.length; i++) {
                for (; n >= VALUES[i]; n -= VALUES[i]) {
                    out.append(SYMBOLS[i]);
                }
            }
            return out.toString();
        }
    }
}

package com.clearance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readies extracted blocks for structuring: normalises white space (PDF text is full of no-break and figure spaces,
 * tabs and doubled spaces) and separates a numbered title from the first clause printed after it on the same line
 * ("1. Scope of Agreement 1.1 The initial scope ..." → "1. Scope of Agreement" and "1.1 The initial scope ...").
 */
public final class BlockPreparer {

    private static final int TITLE_WINDOW = 150;
    private static final Pattern CHILD_NUMBER = Pattern.compile(
            " (\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?= [\\p{Lu}\"“‘(])");

    List<TextBlock> prepare(List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            String text = normalise(block.text());
            if (text.isEmpty()) {
                continue;
            }
            int split = block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TABLE_ROW ? -1 : titleEnd(text);
            if (split > 0) {
                out.add(new TextBlock(text.substring(0, split), block.page(), block.kind(), block.headingLevel()));
                text = text.substring(split + 1);
            }
            out.add(new TextBlock(text, block.page(), block.kind(), block.headingLevel()));
        }
        return out;
    }

    /** Where a numbered title ends and an embedded sub-clause begins, or -1. */
    private static int titleEnd(String text) {
        Optional<Numbering> numbering = NumberingParser.parse(text, false);
        if (numbering.isEmpty() || numbering.get().kind() == NumberKind.SUBCLAUSE) {
            return -1;
        }
        Numbering parent = numbering.get();
        Matcher m = CHILD_NUMBER.matcher(text);
        m.region(parent.end(), Math.min(text.length(), parent.end() + TITLE_WINDOW));
        if (!m.find()) {
            return -1;
        }
        if (parent.kind() == NumberKind.DOTTED && !m.group(1).startsWith(String.join(".", parent.parts()) + ".")) {
            return -1; // "3. Fees 4.1 ..." is not a title over its own sub-clause
        }
        String title = text.substring(parent.end(), m.start()).strip();
        while (!title.isEmpty() && ".:-–—".indexOf(title.charAt(title.length() - 1)) >= 0) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return !title.isEmpty() && LeadInTitle.isTitle(title) ? m.start() : -1;
    }

    /** One space between words: every Unicode space, tab and line break becomes a plain space; invisibles go. */
    public static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}

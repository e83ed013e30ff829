package com.clearance.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a block opens a section. Marked headings always do; other blocks only when they start with clause
 * numbering. Table-of-contents lines (dotted leaders) and table rows never do, and an ordered-list item with a bare
 * number ("1. Force majeure events.") only does when what follows reads as a title.
 */
public final class SectionDetector {

    private static final int FILING_LABEL_BLOCKS = 5;
    /**
     * "B. Customer Content" on a line of its own: a lettered part title, as web terms exported to PDF print them, holding
     * the numbered clauses below it ("1.", "2.") the way an Article does. Short, title-cased, no closing full stop.
     */
    private static final String TITLE_WORD = "(?:\\p{Lu}[\\p{L}'’&/-]*|and|of|or|to|for|the|in|on|with|by|a|an|&|-|–)[;:,]?";
    private static final Pattern LETTERED_TITLE = Pattern.compile(
            "^([A-Z])\\.\\s+(\\p{Lu}[\\p{L}'’&/-]*[;:,]?(?:\\s+" + TITLE_WORD + "){0,7})$");
    private static final int LETTERED_TITLE_MAX = 70;
    /** A leader run to a page number ("Definitions ........ 3"); a leader before prose is an order-form field. */
    private static final Pattern DOTTED_LEADER = Pattern.compile(
            "(?:(?:\\.\\s?){4,}|…{2,}|_{4,})\\s*(?:\\d{1,4}|[ivxlc]{1,6})(?![\\w.,])|\\.{3}\\s*\\d{1,4}\\s*$");

    /** True for a table-of-contents line ("1. Definitions ........ 3"): neither a section nor contract prose. */
    public static boolean isTableOfContentsLine(String text) {
        boolean mayHaveLeader = text.contains("..") || text.contains(". .") || text.indexOf('…') >= 0 || text.contains("____");
        if (!mayHaveLeader) return false;
        // a long block is a contents listing only when leaders run through it, not when prose holds one form blank
        java.util.regex.Matcher m = DOTTED_LEADER.matcher(text);
        int leaders = 0;
        while (m.find()) {
            leaders++;
            if (text.length() <= LONG_CONTENTS_BLOCK || leaders * CHARS_PER_LEADER >= text.length()) return true;
        }
        return false;
    }

    private static final int LONG_CONTENTS_BLOCK = 400;
    private static final int CHARS_PER_LEADER = 200;

    /**
     * "Exhibit 10.11" or "Exhibit 99" above the first clause is the label a securities filing puts on the whole
     * contract, not an attachment to it: a numerically numbered attachment among the first blocks, before any section,
     * is ignored ("Exhibit A" there still opens a section: the document is that exhibit).
     */
    public static boolean isFilingLabel(SectionStart start, int blockIndex, boolean anySectionYet) {
        if (anySectionYet || blockIndex >= FILING_LABEL_BLOCKS || start.kind() != NumberKind.ATTACHMENT) {
            return false;
        }
        String number = start.numbering().parts().get(0);
        return number.contains(".") || (Character.isDigit(number.charAt(0))
                && start.numbering().label().toLowerCase(java.util.Locale.ROOT).startsWith("exhibit"));
    }

    /** The section this block opens, if it opens one. */
    public Optional<SectionStart> detect(TextBlock block) {
        String text = block.text();
        if (block.kind() == BlockKind.TABLE_ROW || block.kind() == BlockKind.FOOTNOTE || text.isBlank()
                || isTableOfContentsLine(text)) {
            return Optional.empty();
        }
        boolean heading = block.kind() == BlockKind.HEADING;
        if (!heading && block.kind() != BlockKind.LIST_ITEM) {
            Optional<SectionStart> lettered = letteredTitle(text);
            if (lettered.isPresent()) {
                return lettered;
            }
        }
        Optional<Numbering> numbering = NumberingParser.parse(text, heading);
        if (numbering.isEmpty()) {
            return heading ? Optional.of(new SectionStart(null, trimHeading(text), level(block), text.length()))
                    : Optional.empty();
        }
        Numbering number = numbering.get();
        String rest = text.substring(number.end());
        if (heading) {
            return Optional.of(new SectionStart(number, trimHeading(rest), level(block), text.length()));
        }
        LeadInTitle.Title title = LeadInTitle.split(rest);
        if (block.kind() == BlockKind.LIST_ITEM && number.kind() == NumberKind.DOTTED && number.parts().size() == 1
                && title.heading().isEmpty()) {
            return Optional.empty(); // an ordered list inside a clause, not a new section
        }
        return Optional.of(new SectionStart(number, title.heading(), 0, number.end() + title.bodyStart()));
    }

    private static Optional<SectionStart> letteredTitle(String text) {
        if (text.length() > LETTERED_TITLE_MAX) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = LETTERED_TITLE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String letter = m.group(1);
        Numbering number = new Numbering(letter, NumberKind.ARTICLE, java.util.List.of(letter), m.start(2));
        return Optional.of(new SectionStart(number, m.group(2), 0, text.length()));
    }

    private static int level(TextBlock block) {
        return Math.max(1, Math.min(6, block.headingLevel()));
    }

    private static String trimHeading(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (Character.isWhitespace(s.charAt(start)) || "-–—:".indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || ".:".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(start, end);
    }
}

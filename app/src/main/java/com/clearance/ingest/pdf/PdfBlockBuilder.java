package com.clearance.ingest.pdf;

import com.clearance.text.BlockKind;
import com.clearance.text.TextBlock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of each page into paragraph blocks. A block ends at a large vertical gap, after a short line that
 * closes a sentence, or before a line that opens a clause ("4.2", "(b)", "Section 7", "ARTICLE IV") or a bullet. A
 * paragraph that runs over a page break continues the block of the earlier page.
 */
public final class PdfBlockBuilder {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final String SENTENCE_END = ".:;!?\"”";

    private final List<TextBlock> blocks = new ArrayList<>();
    private final LineJoiner joiner;
    private StringBuilder current;
    private int currentPage;
    private BlockKind currentKind;
    private boolean currentOpensClause;
    private boolean lastLineFull;

    private PdfBlockBuilder(Set<String> vocabulary) {
        this.joiner = new LineJoiner(vocabulary);
    }

    public static List<TextBlock> build(List<PdfPageText> pages) {
        PdfBlockBuilder builder = new PdfBlockBuilder(vocabulary(pages));
        for (PdfPageText page : pages) {
            builder.addPage(page);
        }
        builder.finishBlock();
        return List.copyOf(builder.blocks);
    }

    private void addPage(PdfPageText page) {
        List<PdfLine> lines = PageReadingOrder.of(page.lines());
        if (lines.isEmpty()) {
            return;
        }
        float spacing = typicalSpacing(lines);
        float rightMargin = (float) lines.stream().mapToDouble(PdfLine::right).max().orElse(0);
        float textWidth = rightMargin - (float) lines.stream().mapToDouble(PdfLine::left).min().orElse(0);
        PdfLine previous = null;
        for (PdfLine line : lines) {
            String text = line.text();
            boolean opens = ClauseStart.opensClause(text)
                    && !(runsOn(previous, rightMargin, textWidth) && ClauseStart.mayBeReference(text));
            boolean bullet = !opens && ClauseStart.isBullet(text);
            boolean newBlock;
            if (previous == null) {
                newBlock = !continuesAcrossPage(text, opens || bullet || isHeadingLine(text));
            } else {
                float dy = line.baseline() - previous.baseline();
                boolean gap = dy <= 0 || dy > spacing * 1.45f;
                boolean previousEnded = endsSentence(previous.text())
                        && previous.right() < rightMargin - textWidth * 0.15f;
                boolean previousShort = previous.right() < rightMargin - textWidth * 0.3f;
                // "ARTICLE IV" or a numbered title ("2. Fees") on a short line of its own is a heading
                boolean previousHeading = previousShort && (isHeadingLine(previous.text())
                        || ClauseStart.opensClause(previous.text()) && startsUpperCase(text));
                newBlock = gap || previousEnded || opens || bullet || previousHeading;
            }
            if (newBlock) {
                finishBlock();
                current = new StringBuilder();
                currentPage = page.number();
                currentKind = bullet ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
                currentOpensClause = opens || bullet;
            }
            joiner.append(current, text);
            lastLineFull = line.right() >= rightMargin - textWidth * 0.15f;
            previous = line;
        }
    }

    /**
     * The first line of a page continues the last block when that block stopped mid-sentence: no closing punctuation,
     * and either its last line ran to the margin or the new line starts in lower case.
     */
    private boolean continuesAcrossPage(String firstLine, boolean opensSomething) {
        if (current == null || current.isEmpty() || opensSomething) {
            return false;
        }
        char last = current.charAt(current.length() - 1);
        return SENTENCE_END.indexOf(last) < 0 && (lastLineFull || Character.isLowerCase(firstLine.codePointAt(0)));
    }

    private void finishBlock() {
        if (current != null && !current.isEmpty()) {
            String text = SPACES.matcher(current).replaceAll(" ").strip();
            if (!text.isEmpty()) {
                blocks.add(new TextBlock(text, currentPage, currentKind, 0));
            }
        }
        current = null;
    }

    /** A full-width line that stops on a lower-case word or a comma: the sentence goes on to the next line. */
    private static boolean runsOn(PdfLine previous, float rightMargin, float textWidth) {
        if (previous == null || previous.right() < rightMargin - textWidth * 0.15f) {
            return false;
        }
        String text = previous.text();
        char last = text.charAt(text.length() - 1);
        return Character.isLowerCase(last) || last == ',';
    }

    private static boolean startsUpperCase(String text) {
        return Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean endsSentence(String text) {
        return SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** A short line in capitals ("CONFIDENTIALITY", "ARTICLE IV") stands on its own. */
    private static boolean isHeadingLine(String text) {
        if (text.length() > 80) {
            return false;
        }
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 3 && text.equals(text.toUpperCase(Locale.ROOT)) && !endsWithComma(text);
    }

    private static boolean endsWithComma(String text) {
        return text.endsWith(",") || text.endsWith("-");
    }

    /** The usual distance between baselines on this page; paragraphs are separated by more than that. */
    private static float typicalSpacing(List<PdfLine> lines) {
        float[] gaps = new float[lines.size()];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            float dy = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (dy > 0.5f) {
                gaps[n++] = dy;
            }
        }
        if (n == 0) {
            return lines.get(0).height() * 1.3f + 1;
        }
        float[] sorted = Arrays.copyOf(gaps, n);
        Arrays.sort(sorted);
        // the lower quartile: most pages have more line-to-line steps than paragraph gaps, but not all do
        return Math.max(sorted[n / 4], 1f);
    }

    /** Lower-case words of the document, hyphenated compounds kept whole, for the hyphen decision. */
    private static Set<String> vocabulary(List<PdfPageText> pages) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        for (PdfPageText page : pages) {
            for (PdfLine line : page.lines()) {
                String text = line.text();
                for (int i = 0; i <= text.length(); i++) {
                    char c = i < text.length() ? text.charAt(i) : ' ';
                    if (Character.isLetter(c) || c == '-' && !word.isEmpty()) {
                        word.append(Character.toLowerCase(c));
                    } else {
                        if (!word.isEmpty() && word.charAt(word.length() - 1) != '-') {
                            words.add(word.toString());
                        }
                        word.setLength(0);
                    }
                }
            }
        }
        return words;
    }
}

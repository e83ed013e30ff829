package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.text.BlockKind;
import com.clearance.text.ExtractedText;
import com.clearance.text.LeadInTitle;
import com.clearance.text.NumberingParser;
import com.clearance.text.TextBlock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text: paragraphs are separated by blank lines, and a line that starts with clause numbering ("4.2", "(b)",
 * "Section 7") right after a finished sentence or heading, or a bullet, starts a new block even without a blank line. Form feeds (as pdftotext writes them) are
 * page breaks. The catch-all importer: it reads any file that looks like text.
 */
public final class PlainTextImporter implements ContractImporter {

    private static final Pattern BULLET = Pattern.compile("^[-*•·▪◦‣]\\s+");
    /** An order-form field line ("3.2 Retention: ..."): a numbered short label and a colon starts a block. */
    private static final Pattern FIELD = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s+\\p{Lu}[^:.;]{0,50}:\\s");

    @Override
    public DocumentFormat format() {
        return DocumentFormat.TEXT;
    }

    @Override
    public boolean accepts(FileProbe probe) {
        return TextSniffer.looksLikeText(probe);
    }

    @Override
    public ExtractedText extract(Path file) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.read(file);
        String text = decoded.text();
        if (text.indexOf('\f') < 0 && MarkdownSyntax.dominates(text)) {
            // Markdown saved as .txt: its headings and bold clause titles carry the structure
            ExtractedText markdown = MarkdownImporter.parse(text);
            return new ExtractedText(DocumentFormat.TEXT, markdown.pageCount(), markdown.blocks(), List.of())
                    .withWarnings(decoded.warnings());
        }
        return parse(text).withWarnings(decoded.warnings());
    }

    /** Splits decoded text into blocks; public for tests and for other importers that end with plain text. */
    public static ExtractedText parse(String text) {
        String[] pages = text.replace("\r\n", "\n").replace('\r', '\n').split("\f", -1);
        int pageCount = pages.length;
        while (pageCount > 1 && pages[pageCount - 1].isBlank()) {
            pageCount--;
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            splitPage(pages[p], p + 1, blocks);
        }
        return new ExtractedText(DocumentFormat.TEXT, pageCount, blocks, List.of());
    }

    private static void splitPage(String page, int pageNumber, List<TextBlock> out) {
        StringBuilder current = new StringBuilder();
        BlockKind kind = BlockKind.PARAGRAPH;
        boolean headingOnly = true; // the block so far is title lines ("Schedule 2" / "Service Levels")
        for (String raw : page.split("\n", -1)) {
            String line = raw.strip();
            boolean bullet = BULLET.matcher(line).find();
            boolean title = isTitleLine(line);
            boolean numbered = NumberingParser.parse(line, false).isPresent();
            if (line.isEmpty() || bullet || (numbered && (endsClause(current, headingOnly) || FIELD.matcher(line).find()))
                    || (current.length() > 0 && headingOnly && !title)) {
                flush(current, kind, pageNumber, out);
                kind = bullet ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
                line = bullet ? BULLET.matcher(line).replaceFirst("") : line;
                headingOnly = true;
            }
            if (line.isEmpty()) {
                continue;
            }
            headingOnly &= title || numbered && isTitleLine(afterNumber(line));
            appendLine(current, line);
        }
        flush(current, kind, pageNumber, out);
    }

    /**
     * True when the text so far ends where a new numbered clause may start: nothing yet, a heading, or a line that
     * ends a sentence or list item. "...set out in Section" followed by "2.3 of this Agreement" is a wrapped line.
     */
    private static boolean endsClause(StringBuilder current, boolean headingOnly) {
        if (current.length() == 0 || headingOnly) {
            return true;
        }
        String text = current.toString().stripTrailing();
        char last = text.charAt(text.length() - 1);
        return ".:;!?\"”)".indexOf(last) >= 0 || text.endsWith(" and") || text.endsWith(" or");
    }

    /** A short line in Title Case or capitals with no closing full stop: a heading line, not wrapped prose. */
    private static boolean isTitleLine(String line) {
        return !line.isEmpty() && line.length() <= 80 && !line.endsWith(".") && !line.endsWith(",") && !line.contains(". ")
                && !line.endsWith(";") && LeadInTitle.isTitle(line);
    }

    private static String afterNumber(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? "" : line.substring(space + 1).strip();
    }

    /** Joins wrapped lines with a space; a line ending in a hyphen before a lower-case word keeps the hyphen only. */
    static void appendLine(StringBuilder current, String line) {
        if (line.isEmpty()) {
            return;
        }
        int n = current.length();
        if (n > 0) {
            boolean hyphenated = current.charAt(n - 1) == '-' && n > 1 && Character.isLetter(current.charAt(n - 2))
                    && Character.isLowerCase(line.charAt(0));
            if (!hyphenated) {
                current.append(' ');
            }
        }
        current.append(line);
    }

    private static void flush(StringBuilder current, BlockKind kind, int page, List<TextBlock> out) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            out.add(new TextBlock(text, page, kind, 0));
        }
        current.setLength(0);
    }
}

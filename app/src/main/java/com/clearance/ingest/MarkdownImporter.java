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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown (.md, .markdown): ATX and Setext headings become HEADING blocks with their level, list items LIST_ITEM
 * (ordered lists keep their printed number), table rows TABLE_ROW; emphasis, links and inline HTML are reduced to
 * their words. YAML front matter and code fences are not contract text and are dropped or kept as plain lines.
 */
public final class MarkdownImporter implements ContractImporter {

    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");
    private static final Pattern LIST = Pattern.compile("^\\s*(?:([*+-])|(\\d{1,3})([.)]))\\s+(.*)$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final int MAX_MARKUP_LINE = 2000;
    /**
     * A clause number printed after the full stop that ends the previous clause, before a capital; either may be in
     * bold ("...these Terms.   **1\\. Service.** Subject ...").
     */
    private static final Pattern INLINE_CLAUSE = Pattern.compile(
            "(?<=[\\p{L})\\]\"”’][.:]|[\\p{L})\\]\"”’][.:]\\*\\*)[\\s\u00A0]{0,8}"
                    + "(?=(?:\\*\\*)?\\d{1,2}(?:\\.\\d{1,2}){0,3}(?:\\\\?\\.)?[ \u00A0](?:\\*\\*)?\\p{Lu})");
    /** A paragraph that is one bold run ("**Indemnity.**", "**User Content**"): a heading web terms print that way. */
    private static final Pattern BOLD_PARAGRAPH = Pattern.compile("^(\\*\\*|__)([^*_]{2,120})\\1$");
    /** A bold title opening a paragraph and closed by a full stop ("**Indemnity.** You agree ..."): a run-in heading. */
    private static final Pattern BOLD_RUN_IN = Pattern.compile("^(\\*\\*|__)([^*_]{2,100}?\\.)\\1\\s+(?=\\S)");
    /** "11. Changes to the Services.Meta may": a short clause title run into its first sentence. */
    private static final Pattern TITLE_RUN_ON = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2}){0,3}(?:\\\\?\\.)? \\p{Lu}[^.]{1,80}\\.)(?=\\p{Lu}[a-z])");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){0,3}\\.?");
    /** A list item that is only a link to a place in the same page: a table of contents entry. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("\\s*\\[[^\\[\\]]{1,150}\\]\\(#[^()\\s]{0,200}\\)\\s*");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final OrderedListNumbers listNumbers = new OrderedListNumbers();
    private final StringBuilder current = new StringBuilder();
    private BlockKind kind = BlockKind.PARAGRAPH;
    private int headingLevel; // of the last marked heading: bold headings nest under it

    @Override
    public DocumentFormat format() {
        return DocumentFormat.MARKDOWN;
    }

    @Override
    public boolean accepts(FileProbe probe) {
        return EXTENSIONS.contains(probe.extension()) && TextSniffer.looksLikeText(probe);
    }

    @Override
    public ExtractedText extract(Path file) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.read(file);
        return parse(decoded.text()).withWarnings(decoded.warnings());
    }

    /** Parses Markdown source into blocks (a fresh parser per call keeps this thread-safe). */
    public static ExtractedText parse(String markdown) {
        MarkdownImporter parser = new MarkdownImporter();
        parser.parseLines(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        return new ExtractedText(DocumentFormat.MARKDOWN, 1, parser.blocks, List.of());
    }

    private void parseLines(String[] lines) {
        int i = skipFrontMatter(lines);
        boolean fenced = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                flush();
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                append(line);
                continue;
            }
            line = QUOTE.matcher(line).replaceFirst("");
            readLine(line);
        }
        flush();
    }

    private void readLine(String line) {
        if (line.length() > MAX_MARKUP_LINE && !line.isBlank()) {
            // a huge line is prose; skipping the line-level patterns keeps parsing linear. Numbered clauses run
            // together on it ("...these Terms.11\\. Changes to the Services.Meta may ...") become paragraphs of their own.
            String[] clauses = INLINE_CLAUSE.split(line);
            if (clauses.length == 1) {
                append(line);
                return;
            }
            for (String clause : clauses) {
                flush();
                append(TITLE_RUN_ON.matcher(clause).replaceFirst("$1 "));
            }
            flush();
            return;
        }
        Matcher m;
        if (line.isBlank()) {
            flush();
        } else if ((m = SETEXT.matcher(line)).matches() && kind == BlockKind.PARAGRAPH && current.length() > 0) {
            headingLevel = m.group(1).charAt(0) == '=' ? 1 : 2;
            emit(current.toString(), BlockKind.HEADING, headingLevel);
            current.setLength(0);
        } else if (RULE.matcher(line).matches()) {
            flush();
        } else if ((m = ATX.matcher(line)).matches()) {
            flush();
            listNumbers.clear();
            headingLevel = m.group(1).length();
            emit(m.group(2), BlockKind.HEADING, headingLevel);
        } else if (line.strip().startsWith("|")) {
            flush();
            if (!TABLE_SEPARATOR.matcher(line).matches()) {
                emit(tableRow(line), BlockKind.TABLE_ROW, 0);
            }
        } else if ((m = LIST.matcher(line)).matches() && CONTENTS_ENTRY.matcher(m.group(4)).matches()) {
            flush(); // "1. [Restrictions](#2.-Restrictions)": a table of contents entry, not a clause
        } else if ((m = LIST.matcher(line)).matches()) {
            flush();
            kind = BlockKind.LIST_ITEM;
            String number = listNumbers.item(indent(line), m.group(2));
            append(number == null ? m.group(4) : number + m.group(3) + " " + m.group(4));
        } else {
            if (indent(line) < 2 && current.length() == 0) {
                listNumbers.clear(); // an unindented paragraph ends any list
            }
            if (kind == BlockKind.PARAGRAPH && startsClause(line) && endsClause(current)) {
                flush(); // web exports put each numbered clause on a line of its own, with no blank line between
            }
            append(line);
        }
    }

    private static boolean startsClause(String line) {
        return NumberingParser.parse(MarkdownInline.clean(line), false).isPresent();
    }

    /** The paragraph so far ends a sentence or a list item, so a numbered line after it is not a wrapped line. */
    private static boolean endsClause(StringBuilder current) {
        if (current.length() == 0) {
            return false;
        }
        String text = MarkdownInline.clean(current.toString());
        return !text.isEmpty() && ".:;!?\"”)".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static int indent(String line) {
        int width = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            width += line.charAt(i) == '\t' ? 4 : 1;
        }
        return width;
    }

    private static int skipFrontMatter(String[] lines) {
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < Math.min(lines.length, 200); i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static String tableRow(String line) {
        String row = line.strip();
        row = row.startsWith("|") ? row.substring(1) : row;
        row = row.endsWith("|") && !row.endsWith("\\|") ? row.substring(0, row.length() - 1) : row;
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("(?<!\\\\)\\|", -1)) {
            String text = MarkdownInline.clean(cell);
            if (!text.isEmpty()) {
                cells.add(text);
            }
        }
        return String.join(" | ", cells);
    }

    private void append(String line) {
        if (current.length() > 0) {
            current.append(' ');
        }
        current.append(line.strip());
    }

    private void flush() {
        if (current.length() > 0) {
            if (kind != BlockKind.PARAGRAPH || !boldHeading(current.toString().strip())) {
                emit(current.toString(), kind, 0);
            }
        }
        current.setLength(0);
        kind = BlockKind.PARAGRAPH;
    }

    /**
     * Emits a paragraph that is, or opens with, a bold title as a heading (and the rest as a paragraph). Bold
     * headings nest under the last marked heading: a bare bold title one level down, a run-in title ending in a full
     * stop ("**Indemnity.**") two, so "**User Content**" holds "**Provision of User Content.**".
     */
    private boolean boldHeading(String paragraph) {
        Matcher whole = BOLD_PARAGRAPH.matcher(paragraph);
        Matcher runIn = BOLD_RUN_IN.matcher(paragraph);
        boolean isWhole = whole.matches();
        if (!isWhole && !runIn.lookingAt()) {
            return false;
        }
        String title = MarkdownInline.clean(isWhole ? whole.group(2) : runIn.group(2));
        String bare = title.endsWith(".") ? title.substring(0, title.length() - 1).strip() : title;
        if (bare.isEmpty() || bare.endsWith(":") || (!isWhole && Character.isDigit(bare.charAt(0)))
                || !LeadInTitle.isTitle(bare)) {
            return false;
        }
        int level = Math.min(6, headingLevel + (title.endsWith(".") ? 2 : 1));
        blocks.add(new TextBlock(bare, 1, BlockKind.HEADING, level));
        if (!isWhole) {
            emit(paragraph.substring(runIn.end()), BlockKind.PARAGRAPH, 0);
        }
        return true;
    }

    private void emit(String raw, BlockKind blockKind, int level) {
        String text = MarkdownInline.clean(raw);
        if (text.isEmpty()) {
            return;
        }
        if (blockKind == BlockKind.HEADING && !blocks.isEmpty()) {
            TextBlock last = blocks.get(blocks.size() - 1);
            if (last.kind() == BlockKind.PARAGRAPH && BARE_NUMBER.matcher(last.text()).matches()) {
                // "11.3" on a line of its own above "### Changes": the number belongs to the heading
                blocks.remove(blocks.size() - 1);
                text = last.text() + " " + text;
            }
        }
        blocks.add(new TextBlock(text, 1, blockKind, level));
    }
}

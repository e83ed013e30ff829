package com.clearance.ingest.docx;

import com.clearance.text.BlockKind;
import com.clearance.text.TextBlock;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Walks a Word body in order: paragraphs (headings, numbered clauses, bullets), tables (one block per row, cells
 * joined with " | ") and content controls; the paragraphs of a text box follow the paragraph it is anchored in;
 * footnotes follow at the end. Headers and footers are not read.
 */
public final class DocxBodyReader {

    private static final Pattern NOTE_MARK = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+]");

    private final XWPFDocument document;
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final DocxPageTracker pages = new DocxPageTracker();
    private final List<TextBlock> blocks = new ArrayList<>();

    public DocxBodyReader(XWPFDocument document) {
        this.document = document;
        this.styles = new DocxStyles(document.getStyles());
        this.numbering = new DocxNumbering(document.getNumbering());
    }

    public List<TextBlock> read() {
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                addParagraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                addTable(table);
            } else if (element instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\\R")) {
                    add(line, BlockKind.PARAGRAPH, 0, pages.current());
                }
            }
        }
        addFootnotes();
        return List.copyOf(blocks);
    }

    /** The last page a rendered page break points to (at least 1). */
    public int pageCount() {
        return pages.current();
    }

    private void addParagraph(XWPFParagraph paragraph) {
        int page = pages.pageOf(paragraph);
        DocxStyles.StyleInfo style = styles.of(paragraph.getStyleID());
        String text = clean(ownText(paragraph));
        DocxNumbering.NumberLabel label = label(paragraph, style);
        if (text.isEmpty()) {
            addTextBoxes(paragraph, page);
            return;
        }
        BlockKind kind = style.headingLevel() > 0 ? BlockKind.HEADING : BlockKind.PARAGRAPH;
        if (label != null && label.bullet() && kind == BlockKind.PARAGRAPH) {
            kind = BlockKind.LIST_ITEM;
        }
        String printed = label == null || label.text().isEmpty() ? text : label.text() + " " + text;
        add(printed, kind, style.headingLevel(), page);
        addTextBoxes(paragraph, page);
    }

    /** Text boxes anchored in the paragraph are read after it, one block per paragraph inside them. */
    private void addTextBoxes(XWPFParagraph paragraph, int page) {
        for (String line : DocxTextBoxes.paragraphs(paragraph)) {
            add(line, BlockKind.PARAGRAPH, 0, page);
        }
    }

    /** The paragraph's own w:numPr wins over its style's; numId 0 switches numbering off. */
    private DocxNumbering.NumberLabel label(XWPFParagraph paragraph, DocxStyles.StyleInfo style) {
        CTPPr ppr = paragraph.getCTP().getPPr();
        CTNumPr own = ppr == null ? null : ppr.getNumPr();
        BigInteger numId = null;
        int ilvl = 0;
        if (own != null && own.getNumId() != null) {
            numId = own.getNumId().getVal();
            ilvl = own.getIlvl() == null ? 0 : own.getIlvl().getVal().intValue();
        } else if (style.numPr() != null && style.numPr().getNumId() != null) {
            numId = style.numPr().getNumId().getVal();
            ilvl = style.numPr().getIlvl() == null ? 0 : style.numPr().getIlvl().getVal().intValue();
        }
        if (own != null && own.getNumId() == null && own.getIlvl() != null && style.numPr() != null) {
            ilvl = own.getIlvl().getVal().intValue();
        }
        return numId == null ? null : numbering.next(numId, ilvl);
    }

    private void addTable(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            int page = pages.current();
            StringJoiner cells = new StringJoiner(" | ");
            boolean any = false;
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    pages.pageOf(p);
                }
                String text = clean(cell.getText());
                cells.add(text);
                any |= !text.isEmpty();
            }
            if (any) {
                add(cells.toString(), BlockKind.TABLE_ROW, 0, page);
            }
        }
    }

    private void addFootnotes() {
        for (XWPFFootnote note : document.getFootnotes()) {
            CTFtnEdn ct = note.getCTFtnEdn();
            boolean separator = ct.isSetType() && ct.getType() != STFtnEdn.NORMAL;
            if (separator || ct.getId() == null || ct.getId().signum() <= 0) {
                continue;
            }
            StringJoiner text = new StringJoiner(" ");
            for (XWPFParagraph p : note.getParagraphs()) {
                text.add(clean(p.getText()));
            }
            String body = clean(text.toString());
            if (!body.isEmpty()) {
                int page = pages.footnotePage(ct.getId());
                add("[" + ct.getId() + "] " + body, BlockKind.FOOTNOTE, 0, page);
            }
        }
    }

    /** POI appends footnote text and "[footnoteRef:n]" marks to a paragraph's text; the reader sees neither. */
    private static String ownText(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        String notes = paragraph.getFootnoteText();
        if (notes != null && !notes.isEmpty() && text.endsWith(notes)) {
            text = text.substring(0, text.length() - notes.length());
        }
        return NOTE_MARK.matcher(text).replaceAll("");
    }

    private void add(String text, BlockKind kind, int level, int page) {
        String cleaned = clean(text);
        if (!cleaned.isEmpty()) {
            blocks.add(new TextBlock(cleaned, page, kind, level));
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}

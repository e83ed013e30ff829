package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.Section;
import com.clearance.domain.Sentence;
import com.clearance.report.negotiation.WordStyles;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word document of a contract that did not arrive as one (PDF, Markdown, text, HTML): its text as Clearance read
 * it, one paragraph per block, section headings as Heading 1 (top level) or Heading 2, and a page header naming the
 * source. The redline is then written into it exactly as into a vendor's own DOCX.
 */
final class ContractDocxBuilder {

    private static final String BLOCK_SEPARATOR = "\n\n";

    private ContractDocxBuilder() {
    }

    /** A paragraph of the contract's text: 0 for body text, 1 or 2 for a heading's level. */
    record Block(String text, int headingLevel) {
    }

    static XWPFDocument build(ContractDocument document, String bodyFont, String headingFont, String accentHex,
                              String headerText) {
        XWPFDocument doc = create(bodyFont, headingFont, accentHex, headerText);
        for (Block b : blocks(document)) {
            XWPFParagraph p = doc.createParagraph();
            style(p, b);
            p.createRun().setText(b.text());
        }
        return doc;
    }

    /** An empty document with the heading styles and the page header. */
    static XWPFDocument create(String bodyFont, String headingFont, String accentHex, String headerText) {
        XWPFDocument doc = new XWPFDocument();
        WordStyles.create(doc, bodyFont, headingFont, accentHex);
        header(doc, headerText);
        return doc;
    }

    static void style(XWPFParagraph p, Block b) {
        if (b.headingLevel() > 0) {
            p.setStyle(b.headingLevel() == 1 ? WordStyles.HEADING_1 : WordStyles.HEADING_2);
        }
    }

    /** The contract's blocks in order; a block that opens a section and holds no sentence is a heading. */
    static List<Block> blocks(ContractDocument document) {
        List<Block> out = new ArrayList<>();
        Map<Integer, Section> sectionAt = new HashMap<>();
        for (Section s : document.sections()) {
            sectionAt.putIfAbsent(s.start(), s);
        }
        String text = document.text();
        int sentence = 0;
        int offset = 0;
        while (offset <= text.length()) {
            int next = text.indexOf(BLOCK_SEPARATOR, offset);
            int end = next < 0 ? text.length() : next;
            String block = text.substring(offset, end).strip();
            while (sentence < document.sentences().size() && document.sentences().get(sentence).end() <= offset) {
                sentence++;
            }
            boolean hasSentence = sentence < document.sentences().size()
                    && starts(document.sentences().get(sentence), offset, end);
            if (!block.isEmpty()) {
                Section section = sectionAt.get(offset);
                int level = section != null && !hasSentence ? Math.min(2, Math.max(1, section.level())) : 0;
                out.add(new Block(clean(block), level));
            }
            if (next < 0) {
                break;
            }
            offset = next + BLOCK_SEPARATOR.length();
        }
        return out;
    }

    private static boolean starts(Sentence s, int start, int end) {
        return s.start() >= start && s.start() < end;
    }

    private static void header(XWPFDocument doc, String headerText) {
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setColor("5E6873");
        r.setText(clean(headerText));
    }

    private static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ").replaceAll("\\s+", " ");
    }
}

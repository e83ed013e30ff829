package com.clearance.ingest;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds Word files for tests with POI: heading styles, multi-level numbering, a table, a footnote, a header. */
public final class TestDocx {

    private TestDocx() {
    }

    /**
     * A short processing agreement. Expected reading: title heading, "1. Definitions", "1.1 ...", "(a) ...", "(b) ...",
     * "1.2 ...", "2. Security", "2.1 ...", a table, "Article I"/"Article II" from a second list, a restarted list
     * continuing the abstract list at "1.", and a footnote at the end.
     */
    public static Path agreement(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(headingStyle("Title", "Title", -1));
            styles.addStyle(headingStyle("Heading1", "heading 1", 0));
            styles.addStyle(headingStyle("Heading2", "heading 2", 1));
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger clauses = numbering.addAbstractNum(new XWPFAbstractNum(clauseList(BigInteger.ONE)));
            BigInteger clauseNum = numbering.addNum(clauses);
            BigInteger articles = numbering.addAbstractNum(new XWPFAbstractNum(articleList(BigInteger.TWO)));
            BigInteger articleNum = numbering.addNum(articles);

            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Draft - do not sign");
            styled(doc, "Title", "Data Processing Agreement");
            numbered(doc, "Heading1", clauseNum, 0, "Definitions");
            XWPFParagraph defined = numbered(doc, null, clauseNum, 1, "\"Personal Data\" has the meaning in the GDPR.");
            numbered(doc, null, clauseNum, 2, "including pseudonymised data;");
            numbered(doc, null, clauseNum, 2, "excluding anonymous statistics.");
            numbered(doc, null, clauseNum, 1, "\"Subprocessor\" means a third party engaged by the Processor.");
            numbered(doc, "Heading1", clauseNum, 0, "Security");
            numbered(doc, null, clauseNum, 1, "The Processor encrypts Personal Data at rest.");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Measure");
            table.getRow(0).getCell(1).setText("Standard");
            table.getRow(1).getCell(0).setText("Encryption at rest");
            table.getRow(1).getCell(1).setText("AES-256");
            numbered(doc, null, articleNum, 0, "The Controller's instructions.");
            numbered(doc, null, articleNum, 0, "The Processor's duties.");
            doc.createParagraph();

            XWPFFootnote note = doc.createFootnotes().createFootnote();
            note.createParagraph().createRun().setText("As defined in Regulation (EU) 2016/679.");
            defined.addFootnoteReference(note);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    /** Two w:num over one abstract list: the second restarts at 1 with a startOverride, the third continues. */
    static Path restartedLists(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger list = numbering.addAbstractNum(new XWPFAbstractNum(clauseList(BigInteger.ONE)));
            BigInteger first = numbering.addNum(list);
            CTNum restart = CTNum.Factory.newInstance();
            restart.setNumId(first.add(BigInteger.ONE));
            restart.addNewAbstractNumId().setVal(list);
            CTNumLvl override = restart.addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
            BigInteger restarted = numbering.addNum(new XWPFNum(restart, numbering));
            numbered(doc, null, first, 0, "First schedule item.");
            numbered(doc, null, first, 0, "Second schedule item.");
            numbered(doc, null, restarted, 0, "Restarted item.");
            numbered(doc, null, first, 0, "Continued item.");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    static Path empty(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph();
            doc.write(out);
        }
        return file;
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    private static XWPFParagraph numbered(XWPFDocument doc, String style, BigInteger numId, int level, String text) {
        XWPFParagraph p = styled(doc, style, text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    private static XWPFStyle headingStyle(String id, String name, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        return new XWPFStyle(style);
    }

    private static CTAbstractNum clauseList(BigInteger id) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        level(list, 0, STNumberFormat.DECIMAL, "%1.");
        level(list, 1, STNumberFormat.DECIMAL, "%1.%2");
        level(list, 2, STNumberFormat.LOWER_LETTER, "(%3)");
        return list;
    }

    private static CTAbstractNum articleList(BigInteger id) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        level(list, 0, STNumberFormat.UPPER_ROMAN, "Article %1");
        return list;
    }

    private static void level(CTAbstractNum list, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = list.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }
}

package com.clearance.report.negotiation;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * Creates the paragraph styles and the heading numbering inside a new document, under Word's built-in names
 * ("heading 1" shows as Heading 1) so the navigation pane and the table of contents pick them up.
 */
public final class WordStyles {

    public static final String TITLE = "Title";
    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";
    public static final String QUOTE = "Quote";

    private WordStyles() {
    }

    public static void create(XWPFDocument doc, String bodyFont, String headingFont, String accentHex) {
        XWPFStyles styles = doc.createStyles();
        String accent = accentHex.substring(1);
        styles.addStyle(style(styles, "Normal", "Normal", null, bodyFont, 22, false, false, null, -1, 120));
        styles.addStyle(style(styles, TITLE, "Title", "Normal", headingFont, 40, true, false, accent, -1, 240));
        styles.addStyle(style(styles, HEADING_1, "heading 1", "Normal", headingFont, 30, true, false, accent, 0, 120));
        styles.addStyle(style(styles, HEADING_2, "heading 2", "Normal", headingFont, 24, true, false, "404040", 1, 60));
        XWPFStyle quote = style(styles, QUOTE, "Quote", "Normal", bodyFont, 22, false, false, "262626", -1, 160);
        quote.getCTStyle().getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        styles.addStyle(quote);
    }

    private static XWPFStyle style(XWPFStyles styles, String id, String name, String basedOn, String font,
                                   int halfPoints, boolean bold, boolean italic, String colour, int outline,
                                   int spaceAfterTwips) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
            ct.addNewNext().setVal("Normal");
        }
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.valueOf(spaceAfterTwips));
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.getSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 200));
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        if (colour != null) {
            rpr.addNewColor().setVal(colour);
        }
        XWPFStyle style = new XWPFStyle(ct, styles);
        style.setType(STStyleType.PARAGRAPH);
        return style;
    }

    /** A two-level decimal list ("1." then "1.1") for the headings; returns its numbering id. */
    static BigInteger headingNumbering(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        level(abs, 0, "%1.", 0);
        level(abs, 1, "%1.%2", 0);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    private static void level(CTAbstractNum abs, int ilvl, String text, int indentTwips) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal(text);
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(indentTwips + 567));
        ind.setHanging(BigInteger.valueOf(567));
    }
}

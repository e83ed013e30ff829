package com.clearance.ingest.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Approximate page numbers for a Word file: Word records where it last broke pages (w:lastRenderedPageBreak), and
 * explicit page breaks are certain. Files never laid out by Word have neither, and everything is on page 1.
 */
final class DocxPageTracker {

    private int page = 1;
    private final Map<BigInteger, Integer> footnotePages = new HashMap<>();

    int current() {
        return page;
    }

    /** Counts the breaks in this paragraph; returns the page its text starts on. */
    int pageOf(XWPFParagraph paragraph) {
        var ppr = paragraph.getCTP().getPPr();
        if (ppr != null && ppr.isSetPageBreakBefore() && isOn(ppr.getPageBreakBefore().getVal())) {
            page++;
        }
        int start = -1;
        for (CTR run : paragraph.getCTP().getRList()) {
            int breaks = run.sizeOfLastRenderedPageBreakArray();
            for (CTBr br : run.getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    breaks++;
                }
            }
            boolean hasText = run.sizeOfTArray() > 0;
            if (start < 0 && hasText) {
                // breaks before the first text move the paragraph itself to the next page
                page += breaks;
                start = page;
            } else {
                page += breaks;
            }
            for (CTFtnEdnRef ref : run.getFootnoteReferenceList()) {
                footnotePages.putIfAbsent(ref.getId(), start < 0 ? page : start);
            }
        }
        return start < 0 ? page : start;
    }

    int footnotePage(BigInteger id) {
        return footnotePages.getOrDefault(id, page);
    }

    private static boolean isOn(Object val) {
        return val == null || !"false".equals(val.toString()) && !"0".equals(val.toString()) && !"off".equals(val.toString());
    }
}

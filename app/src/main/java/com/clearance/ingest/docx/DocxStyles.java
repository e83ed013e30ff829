package com.clearance.ingest.docx;

import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paragraph style means for structure: its heading level (from the outline level, or a "heading N" /
 * "Titre N" / "Title" name, in any language Word writes it) and the list numbering the style carries. Styles
 * inherit through w:basedOn.
 */
final class DocxStyles {

    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^(heading|titre|überschrift|titolo|título|kop)\\s*([1-6])$");
    private static final Pattern TITLE_NAME = Pattern.compile("(?i)^(title|titre)$");
    private static final int MAX_DEPTH = 12;

    private final XWPFStyles styles;
    private final Map<String, StyleInfo> cache = new HashMap<>();

    DocxStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    StyleInfo of(String styleId) {
        if (styleId == null || styles == null) {
            return StyleInfo.NONE;
        }
        return cache.computeIfAbsent(styleId, this::resolve);
    }

    private StyleInfo resolve(String styleId) {
        int level = 0;
        CTNumPr numPr = null;
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (level == 0) {
                level = levelOf(style, ppr);
            }
            if (numPr == null && ppr != null && ppr.getNumPr() != null) {
                numPr = ppr.getNumPr();
            }
            id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return new StyleInfo(level, numPr);
    }

    private static int levelOf(XWPFStyle style, CTPPrGeneral ppr) {
        if (ppr != null && ppr.getOutlineLvl() != null) {
            int outline = ppr.getOutlineLvl().getVal().intValue();
            if (outline >= 0 && outline < 6) {
                return outline + 1;
            }
        }
        String name = style.getName() == null ? "" : style.getName().strip().toLowerCase(Locale.ROOT);
        Matcher m = HEADING_NAME.matcher(name);
        if (m.matches()) {
            return Integer.parseInt(m.group(2));
        }
        return TITLE_NAME.matcher(name).matches() ? 1 : 0;
    }

    /** Heading level 1..6 (0 = not a heading) and the style's list numbering, if any. */
    record StyleInfo(int headingLevel, CTNumPr numPr) {
        static final StyleInfo NONE = new StyleInfo(0, null);
    }
}

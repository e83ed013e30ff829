package com.clearance.ingest.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Automatic numbering as the reader sees it. Word keeps one counter per level for each abstract list; lists
 * (w:num) that share an abstract list continue each other's numbering unless a w:startOverride restarts them.
 * A level's w:lvlText ("%1.%2", "(%3)", "Article %1") is filled with the counters of the levels it names.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final int NOT_STARTED = Integer.MIN_VALUE;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> startedNums = new HashSet<>();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The printed label for the next paragraph of list {@code numId} at level {@code ilvl}; null if not a list. */
    NumberLabel next(BigInteger numId, int ilvl) {
        if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= LEVELS) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < LEVELS) {
                levels[i] = lvl;
            }
        }
        int[] count = counters.computeIfAbsent(abstractId, k -> newCounters());
        applyOverrides(num, numId, levels, count);
        if (levels[ilvl] == null) {
            return null;
        }
        count[ilvl] = count[ilvl] == NOT_STARTED ? start(levels[ilvl]) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            count[deeper] = NOT_STARTED;
        }
        String fmt = numFmt(levels[ilvl]);
        if ("bullet".equals(fmt)) {
            return new NumberLabel("", true);
        }
        return new NumberLabel(render(levels, count, ilvl), false);
    }

    private void applyOverrides(XWPFNum num, BigInteger numId, CTLvl[] levels, int[] count) {
        boolean firstUse = startedNums.add(numId);
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
            if (i < 0 || i >= LEVELS) {
                continue;
            }
            if (override.getLvl() != null) {
                levels[i] = override.getLvl();
            }
            if (firstUse && override.getStartOverride() != null) {
                // restart: the next paragraph at this level gets the override value
                count[i] = override.getStartOverride().getVal().intValue() - 1;
                for (int deeper = i + 1; deeper < LEVELS; deeper++) {
                    count[deeper] = NOT_STARTED;
                }
            }
        }
    }

    private static String render(CTLvl[] levels, int[] count, int ilvl) {
        String pattern = levels[ilvl].getLvlText() == null ? "%" + (ilvl + 1) + "." : levels[ilvl].getLvlText().getVal();
        boolean legal = levels[ilvl].getIsLgl() != null;
        Matcher m = PLACEHOLDER.matcher(pattern == null ? "" : pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int level = Integer.parseInt(m.group(1)) - 1;
            CTLvl lvl = levels[level];
            int value = count[level] == NOT_STARTED ? (lvl == null ? 1 : start(lvl)) : count[level];
            String fmt = legal && level < ilvl ? "decimal" : numFmt(lvl);
            m.appendReplacement(sb, Matcher.quoteReplacement(NumberFormats.format(value, fmt)));
        }
        m.appendTail(sb);
        return sb.toString().strip();
    }

    private static int[] newCounters() {
        int[] count = new int[LEVELS];
        java.util.Arrays.fill(count, NOT_STARTED);
        return count;
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String numFmt(CTLvl lvl) {
        return lvl == null || lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    /** A rendered list label; bullets have an empty label. */
    record NumberLabel(String text, boolean bullet) {
    }
}

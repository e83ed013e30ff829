package com.clearance.ingest.ocr;

import com.clearance.domain.ScannedPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plain sentences about pages read by OCR: which pages were recognised (so the reader knows the text may hold
 * recognition errors), which are poor scans, which came out blank and which images could not be decoded.
 */
public final class ScanWarnings {

    /** Below this mean word confidence a page is a poor scan and the reader is asked to check it. */
    public static final double POOR_CONFIDENCE = 70;

    private ScanWarnings() {
    }

    public static List<ScannedPage> scannedPages(Map<Integer, PageScan> scans) {
        List<ScannedPage> out = new ArrayList<>();
        for (PageScan s : scans.values()) {
            if (s.problem() == null && !s.lines().isEmpty()) {
                double mean = Math.round(s.meanConfidence() * 10) / 10.0;
                out.add(new ScannedPage(s.number(), mean, mean < POOR_CONFIDENCE));
            }
        }
        return out;
    }

    public static List<String> of(Map<Integer, PageScan> scans) {
        List<String> warnings = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        List<Integer> blank = new ArrayList<>();
        List<String> poor = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PageScan s : scans.values()) {
            if (s.problem() != null) {
                problems.add("page " + s.number() + " could not be read by OCR: " + s.problem()
                        + "; anything printed there is missing");
            } else if (s.blank()) {
                blank.add(s.number());
            } else {
                read.add(s.number());
                if (s.meanConfidence() < POOR_CONFIDENCE) {
                    poor.add("page " + s.number() + " is a poor scan (recognition confidence "
                            + Math.round(s.meanConfidence()) + "%): check it against the image");
                }
            }
        }
        if (!read.isEmpty()) {
            warnings.add(Pages.list(read) + (read.size() == 1 ? " was" : " were") + " scanned and read by OCR;"
                    + " check important wording against the page image");
        }
        warnings.addAll(poor);
        if (!blank.isEmpty()) {
            warnings.add(Pages.list(blank) + (blank.size() == 1 ? " was" : " were")
                    + " scanned but no text was recognised (blank)");
        }
        warnings.addAll(problems);
        return warnings;
    }
}

package com.clearance.ingest.ocr;

import com.clearance.ingest.pdf.PdfLine;

import java.util.List;

/**
 * What OCR made of one page: its lines in PDF points (so the usual paragraph building applies), the mean confidence of
 * its words, or the reason it could not be read ({@code problem}, null when it was).
 */
public record PageScan(int number, List<PdfLine> lines, double meanConfidence, String problem) {

    public PageScan {
        lines = List.copyOf(lines);
    }

    static PageScan unreadable(int number, String problem) {
        return new PageScan(number, List.of(), 0, problem);
    }

    public boolean blank() {
        return problem == null && lines.isEmpty();
    }
}

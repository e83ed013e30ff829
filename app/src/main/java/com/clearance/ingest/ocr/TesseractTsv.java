package com.clearance.ingest.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width, height, confidence,
 * text): the words of each printed line, in Tesseract's reading order. Rows that are not words, words with no text
 * and rows that do not parse are left out.
 */
final class TesseractTsv {

    private static final int WORD_LEVEL = 5;

    private TesseractTsv() {
    }

    static List<List<OcrWord>> lines(String tsv) {
        Map<String, List<OcrWord>> lines = new LinkedHashMap<>();
        for (String row : tsv.split("\r?\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals(String.valueOf(WORD_LEVEL))) {
                continue;
            }
            try {
                float confidence = Float.parseFloat(f[10]);
                String text = f[11].strip();
                if (text.isEmpty() || confidence < 0) {
                    continue;
                }
                int left = Integer.parseInt(f[6]);
                int top = Integer.parseInt(f[7]);
                int width = Integer.parseInt(f[8]);
                int height = Integer.parseInt(f[9]);
                String line = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
                lines.computeIfAbsent(line, k -> new ArrayList<>())
                        .add(new OcrWord(text, left, top, left + width, top + height, confidence));
            } catch (NumberFormatException e) {
                // a header row or a malformed one: not a word
            }
        }
        return List.copyOf(lines.values());
    }
}

package com.clearance.report.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measured in a font: cleans characters the font cannot draw (control characters, missing glyphs) and wraps
 * words to a width, breaking a word only when it alone is wider than the line.
 */
public final class TextFit {

    private TextFit() {
    }

    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The text with whitespace runs folded to one space and characters the font lacks replaced by '?'. */
    public static String clean(PDFont font, String text) {
        String folded = text == null ? "" : text.replaceAll("[\\s\\u00A0]+", " ").strip();
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> out.append(drawable(font, cp) ? Character.toString(cp) : "?"));
        return out.toString();
    }

    private static boolean drawable(PDFont font, int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        try {
            font.encode(Character.toString(cp));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Lines of at most {@code width} points; each paragraph (separated by newlines) starts a new line. */
    public static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R")) {
            wrapParagraph(font, size, clean(font, paragraph), width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(PDFont font, float size, String text, float width, List<String> lines)
            throws IOException {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = longestPrefix(font, size, rest, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }

    private static int longestPrefix(PDFont font, float size, String word, float width) throws IOException {
        int cut = 1;
        while (cut < word.length() && width(font, size, word.substring(0, cut + 1)) <= width) {
            cut++;
        }
        if (Character.isHighSurrogate(word.charAt(cut - 1)) && cut < word.length()) {
            cut++;
        }
        return cut;
    }
}

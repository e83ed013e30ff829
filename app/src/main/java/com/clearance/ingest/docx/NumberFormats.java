package com.clearance.ingest.docx;

import java.util.Locale;

/** Renders a list counter the way Word prints it for a w:numFmt value. */
final class NumberFormats {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private NumberFormats() {
    }

    static String format(int value, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value);
            case "upperRoman" -> roman(value).toUpperCase(Locale.ROOT);
            case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
            case "none", "bullet" -> "";
            default -> Integer.toString(value);
        };
    }

    /** a..z, then aa..zz as Word does (the letter repeats, it does not carry like a spreadsheet column). */
    static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        StringBuilder sb = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }
}

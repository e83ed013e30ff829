package com.clearance.scoring;

import java.util.Locale;

/** One normal form for matching: lower case, straight quotes, single spaces. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '`' -> c = '\'';
                case '\u201C', '\u201D', '\u201F' -> c = '"';
                case '\u2013', '\u2014', '\u2011', '\u2010' -> c = '-';
                default -> { }
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space && sb.length() > 0) sb.append(' ');
                space = true;
                continue;
            }
            space = false;
            sb.append(c);
        }
        return sb.toString().strip().toLowerCase(Locale.ROOT);
    }
}

package com.clearance.text;

import java.util.function.Function;

/** The style of a sub-clause marker; siblings share a style, and "(i)" after "(h)" is a letter, not a numeral. */
enum SubclauseStyle {
    LOWER_LETTER, LOWER_ROMAN, UPPER_LETTER, UPPER_ROMAN, DIGIT;

    /** The style of {@code token}, using the open sub-clauses to settle letters that are also numerals. */
    static SubclauseStyle of(String token, Function<SubclauseStyle, String> openToken) {
        if (token.chars().allMatch(Character::isDigit)) {
            return DIGIT;
        }
        boolean lower = Character.isLowerCase(token.charAt(0));
        boolean roman = token.chars().allMatch(c -> "ivxlIVXL".indexOf(c) >= 0);
        if (!roman) {
            return lower ? LOWER_LETTER : UPPER_LETTER;
        }
        SubclauseStyle letter = lower ? LOWER_LETTER : UPPER_LETTER;
        SubclauseStyle numeral = lower ? LOWER_ROMAN : UPPER_ROMAN;
        if (token.length() == 1) {
            String openLetter = openToken.apply(letter);
            if (openLetter != null && openLetter.length() == 1 && openLetter.charAt(0) + 1 == token.charAt(0)) {
                return letter; // "(i)" right after "(h)", "(v)" after "(u)", "(x)" after "(w)"
            }
            if (openToken.apply(numeral) == null && "ivIV".indexOf(token.charAt(0)) < 0 && token.charAt(0) != 'x'
                    && token.charAt(0) != 'X') {
                return letter; // a lone "(l)" or "(L)" with no numerals open is a letter
            }
            if ((token.charAt(0) == 'v' || token.charAt(0) == 'x' || token.charAt(0) == 'V' || token.charAt(0) == 'X')
                    && openToken.apply(numeral) == null) {
                return letter;
            }
        }
        return numeral;
    }
}

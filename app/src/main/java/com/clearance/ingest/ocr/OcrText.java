package com.clearance.ingest.ocr;

/**
 * Tidies recognised text: typographic ligatures split into their letters, stray control characters dropped, and a
 * clause number at the start of a line given back the stop and space OCR tends to lose ("1.PARTIES" and "5, FEES"
 * are "1. PARTIES" and "5. FEES"), so the line still opens its clause.
 */
final class OcrText {

    private static final java.util.regex.Pattern SQUEEZED_NUMBER =
            java.util.regex.Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)(?:\\.|, )(?=\\p{Lu})");

    private static final java.util.regex.Pattern QUOTE_AFTER_NUMBER =
            java.util.regex.Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)(?=[\"“])");

    private OcrText() {
    }

    static String cleanLine(String line) {
        String spaced = QUOTE_AFTER_NUMBER.matcher(SQUEEZED_NUMBER.matcher(line).replaceFirst("$1. "))
                .replaceFirst("$1 ");
        return closeQuotes(spaced);
    }

    /** A double quote OCR closed with a single one ("“Customer Data’ means") is closed with a double one. */
    private static String closeQuotes(String line) {
        StringBuilder out = new StringBuilder(line);
        char open = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean wordEnds = i + 1 >= out.length() || !Character.isLetter(out.charAt(i + 1));
            if (c == '“' || c == '"' && open == 0 && (i == 0 || out.charAt(i - 1) == ' ')) {
                open = c;
            } else if (c == '”' || c == '"') {
                open = 0;
            } else if (open != 0 && (c == '’' || c == '\'') && wordEnds) {
                out.setCharAt(i, open == '“' ? '”' : '"');
                open = 0;
            }
        }
        return out.toString();
    }

    static String clean(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\uFB00' -> out.append("ff");
                case '\uFB01' -> out.append("fi");
                case '\uFB02' -> out.append("fl");
                case '\uFB03' -> out.append("ffi");
                case '\uFB04' -> out.append("ffl");
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().strip();
    }
}

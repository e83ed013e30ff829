package com.clearance.ingest;

import java.util.regex.Pattern;

/**
 * Whether a file saved as plain text is really Markdown: web pages copied or exported to .txt keep their
 * {@code ## headings}, {@code **bold**} clause titles and {@code [links](...)}, and read as prose those marks hide the
 * clause structure. Two or more ATX headings, or marks on a tenth of the lines, decide it.
 */
final class MarkdownSyntax {

    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}\\s+\\S");
    private static final Pattern BOLD = Pattern.compile("\\*\\*\\S[^*\\n]{0,200}\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\]\\((?:https?:|#|/)");
    private static final int MIN_HEADINGS = 2;
    private static final int MIN_MARKED_LINES = 3;
    private static final double MARKED_SHARE = 0.10;

    private MarkdownSyntax() {
    }

    static boolean dominates(String text) {
        int headings = 0;
        int marked = 0;
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (ATX.matcher(line).find()) {
                headings++;
            } else if (BOLD.matcher(line).find() || LINK.matcher(line).find()) {
                marked++;
            }
        }
        return headings >= MIN_HEADINGS || (marked >= MIN_MARKED_LINES && marked >= MARKED_SHARE * lines);
    }
}

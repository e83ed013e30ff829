package com.clearance.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the section number at the start of a block, as printed. Deliberately strict about what may follow the number
 * so that amounts ("1.5 million"), percentages ("2.5%"), years and dates are not mistaken for numbering.
 */
public final class NumberingParser {

    private static final Pattern NAMED = Pattern.compile(
            "^(Section|Sec\\.|Article|Art\\.|Clause|Part|Schedule|Exhibit|Annex|Appendix|Attachment|Addendum)\\s+"
                    + "(\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,7}|[A-Z])\\.?(?=$|[\\s:\\-–—.])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile(
            "^((?:[A-Z]|\\d{1,3})(?:\\.\\d{1,3})+(?:\\.(?:\\d{1,3}|[a-z]|[ivx]{1,5}))*|\\d{1,3}|[A-Z])([.)])?(?=\\s|$)");
    private static final Pattern SUBCLAUSE = Pattern.compile(
            "^(?:\\(([a-z]{1,2}|[ivxl]{1,6}|[A-Z]|[IVXL]{1,6}|\\d{1,2})\\)|([a-z]|[ivx]{2,5})[.)])(?=\\s|$)");
    /** "(60) days", "(30) business days": a number restated in figures, not a sub-clause. */
    private static final Pattern RESTATED_NUMBER = Pattern.compile(
            "^\\(\\d{1,2}\\)\\s+(?:days?|months?|years?|weeks?|hours?|minutes?|business|calendar|working|percent|per cent|%)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "5.CONFIDENTIALITY." — a number glued to a capitalised title, as some exports print it. */
    private static final Pattern GLUED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)\\.(?=\\p{Lu}{2})");
    /** After a number in running text the clause must start: a capital, a quote, a bracket or a sub-clause. */
    private static final Pattern CLAUSE_START = Pattern.compile("^\\s+[\\p{Lu}\"“‘'(\\[]");
    private static final Pattern LOWER_AFTER_NAMED = Pattern.compile("^\\s+\\p{Ll}");

    private NumberingParser() {
    }

    /**
     * The number at the start of {@code text}, if any. {@code markedHeading} is true for blocks the source format
     * marked as headings, where a bare number ("1 Definitions", "A Services") is trusted.
     */
    public static Optional<Numbering> parse(String text, boolean markedHeading) {
        Matcher m = NAMED.matcher(text);
        if (m.lookingAt()) {
            return named(m, text);
        }
        m = SUBCLAUSE.matcher(text);
        if (m.lookingAt() && (m.group(1) != null || followedByClause(text, m.end(), markedHeading))
                && !RESTATED_NUMBER.matcher(text).lookingAt()) {
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new Numbering("(" + token + ")", NumberKind.SUBCLAUSE, List.of(token), m.end()));
        }
        m = DOTTED.matcher(text);
        if (m.lookingAt()) {
            return dotted(m, text, markedHeading);
        }
        m = GLUED.matcher(text);
        if (m.lookingAt() && !LeadInTitle.split(text.substring(m.end())).heading().isEmpty()) {
            return Optional.of(new Numbering(m.group(1), NumberKind.DOTTED, Arrays.asList(m.group(1).split("\\.")), m.end()));
        }
        return Optional.empty();
    }

    private static Optional<Numbering> named(Matcher m, String text) {
        if (LOWER_AFTER_NAMED.matcher(text.substring(m.end())).find()) {
            return Optional.empty(); // "Section 7 of this Agreement applies" is a cross-reference, not a heading
        }
        String word = m.group(1);
        String lower = word.toLowerCase(Locale.ROOT);
        NumberKind kind = switch (lower) {
            case "article", "art.", "part" -> NumberKind.ARTICLE;
            case "schedule", "exhibit", "annex", "appendix", "attachment", "addendum" -> NumberKind.ATTACHMENT;
            default -> NumberKind.DOTTED;
        };
        String number = m.group(2);
        List<String> parts = kind == NumberKind.DOTTED ? Arrays.asList(number.split("\\.")) : List.of(number);
        return Optional.of(new Numbering(word + " " + number, kind, parts, m.end()));
    }

    private static Optional<Numbering> dotted(Matcher m, String text, boolean markedHeading) {
        String number = m.group(1);
        boolean multiLevel = number.indexOf('.') > 0;
        boolean letter = Character.isLetter(number.charAt(0));
        String punctuation = m.group(2);
        if (!markedHeading) {
            if (!multiLevel && (punctuation == null || letter)) {
                return Optional.empty(); // "3 months", "A list": only headings may carry a bare number or letter
            }
            if (!followedByClause(text, m.end(), false)) {
                return Optional.empty();
            }
        }
        if (letter && !multiLevel && (punctuation == null || !markedHeading)) {
            return Optional.empty(); // "A Note on Privacy" is a title; "A. Services" is numbered only as a heading
        }
        return Optional.of(new Numbering(number, NumberKind.DOTTED, Arrays.asList(number.split("\\.")), m.end()));
    }

    private static boolean followedByClause(String text, int end, boolean markedHeading) {
        if (end >= text.length()) {
            return true;
        }
        return markedHeading ? Character.isWhitespace(text.charAt(end))
                : CLAUSE_START.matcher(text.subSequence(end, Math.min(text.length(), end + 3))).find();
    }
}

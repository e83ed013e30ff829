package com.clearance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the terms a sentence defines: {@code "Customer Data" means ...}, {@code "Outputs" shall mean ...},
 * {@code ("Inputs")}, {@code (the "Services")}, {@code (collectively, "Materials")}, an unquoted
 * {@code Customer Data means ...} at the start of a sentence (Markdown bold loses its quotes), and
 * {@code Term: definition} inside a Definitions section, and a term named last ({@code Input and Output are,
 * collectively, "Customer Content".}). Straight and curly quotes both count.
 */
public final class DefinedTermFinder {

    public static final int MAX_DEFINITION = 500;
    private static final String TERM = "[\"“‘]([^\"“”‘’]{1,80}?)[\"”’]";
    private static final Pattern MEANS = Pattern.compile(TERM + "(?:\\s*,?\\s+(?:or|and)\\s+" + TERM + ")?\\s*,?\\s*"
            + "(?:(?:shall|will|does|do)\\s+)?(means|mean|has the meaning|have the meaning|shall have the meaning"
            + "|refers? to|is defined|includes?)\\b");
    /** "A "Response" is the content that Copilot sends you.": an article, the quoted term, then "is". */
    private static final Pattern ARTICLE_IS = Pattern.compile("^(?:An?|The)\\s+" + TERM + "\\s+(?:is|are)\\s+(\\S.*)");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,300})\\)");
    private static final Pattern QUOTED = Pattern.compile(TERM);
    private static final Pattern LEADING_MEANS = Pattern.compile("^(?:The\\s+term\\s+)?(\\p{Lu}[\\w’'&/-]*(?:\\s+"
            + "(?:\\p{Lu}[\\w’'&/-]*|of|and|or|the|for|to|in|on|by)){0,6})\\s*,?\\s+(?:shall\\s+mean|means)\\b");
    private static final Pattern COLON = Pattern.compile("^[\"“‘]?(\\p{Lu}[^:\"“”]{0,60}?)[\"”’]?\\s*[:–—]\\s+(\\S.*)");
    /** "Input and Output are, collectively, "Customer Content"." : the term named last, defined by what precedes. */
    private static final Pattern NAMED_LAST = Pattern.compile("^(\\p{Lu}[^\"“”]{2,200}?)\\s+(?:are|is|will be|shall be)\\s*,?"
            + "(?:\\s*(?:collectively|together|jointly|hereinafter|each))?\\s*,?(?:\\s+(?:referred\\s+to|called|known))?"
            + "(?:\\s+as)?(?:\\s+the)?\\s*,?\\s*" + TERM + "\\s*[.;]?$");
    private static final Set<String> FILLER = Set.of("the", "each", "a", "an", "collectively", "together",
            "individually", "jointly", "hereinafter", "herein", "hereafter", "referred", "to", "as", "also", "or", "and",
            "called", "both", "such", "any", "all", "respectively", "separately", "being", "known", "defined",
            "this", "these", "our", "your", "its", "their", "in", "agreement");
    private static final Pattern PARTY_QUALIFIER = Pattern.compile("(?i)(?:including|together with|and|with|as well as)"
            + "\\s+(?:its|their|his|her)\\s+[\\w\\s,]{0,60}(?:successors|assigns|affiliates|subsidiaries)[\\w\\s]{0,20},");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern FILLER_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,:;\\-–—]+\\s*");
    /** Where the phrase a parenthetical names begins: after a party list's "between", a previous definition, ... */
    private static final List<String> BOUNDARIES = List.of(" between ", "”) ", "\") ", "; ", ": ");
    private static final Set<String> NOT_TERMS = Set.of("this", "that", "these", "those", "it", "each", "any",
            "such", "which", "what", "who", "there", "he", "she", "they", "we", "you", "nothing");

    /** A term found in one sentence; {@code start} is relative to the sentence. */
    public record Found(String term, String definition, int start) {
    }

    /** Terms defined in {@code sentence}; {@code inDefinitions} enables the "Term: definition" form. */
    public List<Found> find(String sentence, boolean inDefinitions) {
        List<Found> found = new ArrayList<>();
        Matcher m = MEANS.matcher(sentence);
        while (m.find()) {
            String definition = definitionAfter(sentence, m);
            addTerm(found, m.group(1), definition, m.start(1));
            if (m.group(2) != null) {
                addTerm(found, m.group(2), definition, m.start(2));
            }
        }
        parenthetical(sentence, found);
        if (found.isEmpty()) {
            leadingForms(sentence, inDefinitions, found);
        }
        return found;
    }

    private static void parenthetical(String sentence, List<Found> found) {
        Matcher p = PARENTHESIS.matcher(sentence);
        while (p.find()) {
            String inside = p.group(1);
            Matcher q = QUOTED.matcher(inside);
            List<int[]> terms = new ArrayList<>();
            StringBuilder rest = new StringBuilder();
            int last = 0;
            while (q.find()) {
                terms.add(new int[]{q.start(1), q.end(1)});
                rest.append(inside, last, q.start()).append(' ');
                last = q.end();
            }
            rest.append(inside.substring(last));
            if (terms.isEmpty() || !(onlyFiller(rest.toString()) || partyAliases(inside, terms.get(0)[0]))) {
                continue;
            }
            String definition = trimLeft(before(sentence, p.start()));
            for (int[] t : terms) {
                addTerm(found, inside.substring(t[0], t[1]), definition, p.start(1) + t[0]);
                // "(the "Customer"; each, a "Party" and collectively, the "Parties")": later terms name the whole lead-up
                definition = trimLeft(sentence.substring(0, p.start()));
            }
        }
    }

    private static void leadingForms(String sentence, boolean inDefinitions, List<Found> found) {
        Matcher lead = LEADING_MEANS.matcher(sentence);
        if (lead.find() && !NOT_TERMS.contains(firstWord(lead.group(1)))) {
            String term = lead.group(1);
            if (Character.isUpperCase(lastWord(term).charAt(0))) {
                addTerm(found, term, trim(sentence.substring(lead.end())), lead.start(1));
            }
            return;
        }
        Matcher article = ARTICLE_IS.matcher(sentence);
        if (article.find()) {
            addTerm(found, article.group(1), trim(article.group(2)), article.start(1));
            return;
        }
        Matcher named = NAMED_LAST.matcher(sentence);
        if (named.find() && !NOT_TERMS.contains(firstWord(named.group(1)))) {
            addTerm(found, named.group(2), trim(named.group(1)), named.start(2));
            return;
        }
        if (inDefinitions) {
            Matcher colon = COLON.matcher(sentence);
            if (colon.find() && LeadInTitle.isTitle(colon.group(1).strip()) && WHITESPACE.split(colon.group(1).strip()).length <= 6) {
                addTerm(found, colon.group(1).strip(), trim(colon.group(2)), colon.start(1));
            }
        }
    }

    private static String definitionAfter(String sentence, Matcher m) {
        String verb = m.group(3);
        String rest = sentence.substring(m.end());
        return trim(verb.startsWith("mean") ? rest : verb + rest);
    }

    private static void addTerm(List<Found> found, String rawTerm, String definition, int start) {
        String term = TRAILING_PUNCTUATION.matcher(rawTerm.strip()).replaceAll("");
        if (term.isEmpty() || !Character.isLetterOrDigit(term.charAt(0)) || WHITESPACE.split(term).length > 8
                || NOT_TERMS.contains(term.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (Character.isLowerCase(term.charAt(0))) {
            return; // a quoted ordinary phrase ("as is", "directly or indirectly use") is not a defined term
        }
        found.add(new Found(term, definition, start));
    }

    /**
     * A party's aliases after a qualifier of who the party includes: "(including its successors and assigns,
     * "Acme", "we" or "us")". The qualifier names the party's successors or affiliates, then only the aliases follow.
     */
    private static boolean partyAliases(String inside, int firstTermStart) {
        String qualifier = inside.substring(0, Math.max(0, firstTermStart - 1)).strip();
        if (!PARTY_QUALIFIER.matcher(qualifier).matches()) {
            return false;
        }
        Matcher q = QUOTED.matcher(inside);
        StringBuilder after = new StringBuilder();
        int last = -1;
        while (q.find()) {
            if (last >= 0) after.append(inside, last, q.start()).append(' ');
            last = q.end();
        }
        return onlyFiller(after.append(inside.substring(last)).toString());
    }

    private static boolean onlyFiller(String rest) {
        for (String word : FILLER_SEPARATORS.split(rest.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The words before a parenthetical definition, back to the previous clause boundary when that is close. */
    private static String before(String sentence, int paren) {
        String head = sentence.substring(0, paren).strip();
        int boundary = -1;
        int width = 0;
        for (String mark : BOUNDARIES) {
            int at = head.lastIndexOf(mark);
            if (at >= 0 && at + mark.length() > boundary + width && head.length() - at - mark.length() > 3) {
                boundary = at;
                width = mark.length();
            }
        }
        String phrase = boundary >= 0 ? head.substring(boundary + width).strip() : head;
        return phrase.startsWith("and ") ? phrase.substring(4) : phrase;
    }

    static String trim(String definition) {
        String d = LEADING_PUNCTUATION.matcher(definition.strip()).replaceAll("");
        if (d.length() <= MAX_DEFINITION) {
            return d;
        }
        int cut = d.lastIndexOf(' ', MAX_DEFINITION);
        return d.substring(0, cut > MAX_DEFINITION / 2 ? cut : MAX_DEFINITION) + " …";
    }

    /** Keeps the end of a long lead-up: the words closest to the parenthesis define the term. */
    static String trimLeft(String definition) {
        String d = definition.strip();
        if (d.length() <= MAX_DEFINITION) {
            return d;
        }
        int cut = d.indexOf(' ', d.length() - MAX_DEFINITION);
        return "… " + d.substring(cut < 0 ? d.length() - MAX_DEFINITION : cut + 1);
    }

    private static String firstWord(String s) {
        return WHITESPACE.split(s)[0].toLowerCase(Locale.ROOT);
    }

    private static String lastWord(String s) {
        String[] words = WHITESPACE.split(s);
        return words[words.length - 1];
    }
}

package com.clearance.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * An endless, seeded stream of contract paragraphs for the benchmark contract: article headings, numbered sections
 * and lettered sub-clauses built from clause sentences we wrote ourselves.
 */
final class SyntheticClauses {

    /** One paragraph to print: its text, whether it is a heading, and its left indent in points. */
    record Paragraph(String text, boolean heading, float indent) {
    }

    private static final String[] ARTICLES = {"DEFINITIONS", "THE SERVICES", "FEES AND PAYMENT", "CONFIDENTIALITY",
            "DATA PROTECTION", "INTELLECTUAL PROPERTY", "AI MODELS AND OUTPUTS", "WARRANTIES", "INDEMNIFICATION",
            "LIMITATION OF LIABILITY", "TERM AND TERMINATION", "GENERAL PROVISIONS"};
    private static final String[] TITLES = {"Scope", "Obligations of the Provider", "Customer Responsibilities",
            "Security Measures", "Subprocessors", "Audit Rights", "Notices", "Records", "Changes", "Remedies"};
    private static final String[] SUBJECTS = {"The Provider", "The Customer", "Each party", "Neither party",
            "The receiving party", "Any Subprocessor"};
    private static final String[] DUTIES = {
            "shall process Customer Data only on the documented instructions of the Customer",
            "shall not use Inputs or Outputs to train, retrain or improve any machine learning model",
            "shall maintain appropriate technical and organisational measures against unauthorised access",
            "shall notify the other party without undue delay and in any event within seventy-two hours",
            "shall indemnify and hold harmless the other party from any third-party claim arising from a breach",
            "may terminate this Agreement upon thirty days' written notice if a material breach remains uncured",
            "shall keep confidential all information disclosed under this Agreement and use it only for its purposes",
            "shall delete or return all Customer Data at the end of the provision of the Services",
            "shall make available all information necessary to demonstrate compliance with this Article",
            "shall not be liable for indirect, incidental, special or consequential damages"};
    private static final String[] QUALIFIERS = {"except as required by applicable law",
            "subject to the limitations set out in Article 10",
            "in accordance with the Documentation and the applicable Order Form",
            "to the extent permitted by the Data Protection Legislation",
            "notwithstanding anything to the contrary in this Agreement",
            "including through its employees, agents and approved Subprocessors"};

    private final Random random;
    private final Deque<Paragraph> pending = new ArrayDeque<>();
    private int article;
    private int section;
    private int sentenceInArticle;

    SyntheticClauses(long seed) {
        this.random = new Random(seed);
    }

    Paragraph next() {
        if (!pending.isEmpty()) {
            return pending.pop();
        }
        if (article == 0 || sentenceInArticle > 8 + random.nextInt(6)) {
            article++;
            section = 0;
            sentenceInArticle = 0;
            String name = ARTICLES[(article - 1) % ARTICLES.length];
            return new Paragraph("ARTICLE " + article + " - " + name, true, 0);
        }
        sentenceInArticle++;
        if (random.nextInt(4) == 0 && section > 0) {
            int items = 2 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                pending.add(new Paragraph("(" + (char) ('a' + i) + ") " + sentence(false), false, 24));
            }
            return pending.pop();
        }
        section++;
        String title = TITLES[random.nextInt(TITLES.length)];
        StringBuilder text = new StringBuilder(article + "." + section + " " + title + ". ");
        int sentences = 2 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            text.append(sentence(true)).append(' ');
        }
        return new Paragraph(text.toString().strip(), false, 0);
    }

    /** Puts back the lines of a paragraph that did not fit on the page, to start the next page. */
    void pushBack(Paragraph paragraph, List<String> rest) {
        pending.push(new Paragraph(String.join(" ", rest), paragraph.heading(), paragraph.indent()));
    }

    /** Where to hyphenate a long word at a line end (after its 5th letter), or 0 not to; about one word in six. */
    int hyphenationPoint(String word) {
        boolean letters = word.chars().allMatch(Character::isLowerCase);
        return letters && word.length() >= 10 && random.nextInt(6) == 0 ? 5 : 0;
    }

    private String sentence(boolean capital) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String duty = DUTIES[random.nextInt(DUTIES.length)];
        String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
        String text = subject + " " + duty + ", " + qualifier;
        return (capital ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1)) + (capital ? "." : ";");
    }
}

package com.clearance.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "This licence is for the limited purpose of ...", "such right", "the foregoing permission": a demonstrative noun
 * points back to the last sentence that used the noun, which may be several list items up or in the sub-section
 * before, not only the sentence just before. The referent is looked for within the same top-level section.
 */
final class Referents {

    private static final Pattern POINTER = Pattern.compile(
            "\\b(?:this|that|such|the foregoing|the above|these|those) (licen[cs]es?|rights|right|permissions?|consents?)\\b");
    private static final Pattern NOUN = Pattern.compile("\\b(licen[cs]es?|rights?|permissions?|consents?)\\b");
    /** How far back a referent may be, in sentences read. */
    private static final int REACH = 40;

    /** The last sentence that used a noun: which, when (in sentences read) and under which top-level section. */
    private record Use(SentenceFeatures sentence, int at, String section) {
    }

    private final Map<String, Use> lastUse = new HashMap<>();
    private int read;

    /** The sentence a demonstrative noun in {@code text} points to, or null when it has none or none is near. */
    SentenceFeatures referent(String text, List<String> sectionPath) {
        Matcher m = POINTER.matcher(text);
        if (!m.find()) return null;
        Use use = lastUse.get(stem(m.group(1)));
        if (use == null || read - use.at() > REACH || !top(sectionPath).equals(use.section())) return null;
        return use.sentence();
    }

    /** Records the nouns {@code f} uses (after it was itself read, so it never points to itself). */
    void saw(SentenceFeatures f, String text, List<String> sectionPath) {
        read++;
        if (POINTER.matcher(text).find()) return; // a pointer is not a new use of the noun
        Matcher m = NOUN.matcher(text);
        while (m.find()) {
            lastUse.put(stem(m.group(1)), new Use(f, read, top(sectionPath)));
        }
    }

    private static String stem(String noun) {
        String n = noun.replace("license", "licence");
        return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
    }

    private static String top(List<String> sectionPath) {
        return sectionPath.isEmpty() ? "" : sectionPath.get(0);
    }
}

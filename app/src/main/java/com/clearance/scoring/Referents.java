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

    private final Map<String, SentenceFeatures> lastUse = new HashMap<>();
    private final Map<String, Integer> lastUseAt = new HashMap<>();
    private final Map<String, String> lastUseSection = new HashMap<>();
    private int read;

    /** The sentence a demonstrative noun in {@code text} points to, or null when it has none or none is near. */
    SentenceFeatures referent(String text, List<String> sectionPath) {
        Matcher m = POINTER.matcher(text);
        if (!m.find()) return null;
        String noun = stem(m.group(1));
        SentenceFeatures f = lastUse.get(noun);
        if (f == null || read - lastUseAt.get(noun) > REACH) return null;
        return top(sectionPath).equals(lastUseSection.get(noun)) ? f : null;
    }

    /** Records the nouns {@code f} uses (after it was itself read, so it never points to itself). */
    void saw(SentenceFeatures f, String text, List<String> sectionPath) {
        read++;
        if (POINTER.matcher(text).find()) return; // a pointer is not a new use of the noun
        Matcher m = NOUN.matcher(text);
        while (m.find()) {
            String noun = stem(m.group(1));
            lastUse.put(noun, f);
            lastUseAt.put(noun, read);
            lastUseSection.put(noun, top(sectionPath));
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

package com.clearance.scoring;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A library pattern over word forms rather than characters: {@code "~ staff, personnel, employee + inspect, review,
 * go through"} holds when the sentence (or list item) has a word of each group, in any inflection ("inspects",
 * "inspected", "inspecting" are all "inspect") and however far apart in the clause. Groups are separated by "+",
 * members by ","; a member of several words is a run of consecutive words. Stems come from Lucene's Snowball
 * English stemmer, on both the pattern and the text, so the library is written in plain words.
 */
final class StemPhrase {

    static final String PREFIX = "~";

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private final List<List<String[]>> groups;
    /** Per group, text fragments one of which a matching sentence must contain (cheap test before stemming). */
    private final String[][] prefilter;

    private StemPhrase(List<List<String[]>> groups) {
        this.groups = groups;
        this.prefilter = new String[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            List<String[]> members = groups.get(g);
            prefilter[g] = new String[members.size()];
            for (int m = 0; m < members.size(); m++) {
                // the member's longest word, less its last two letters: a stem is a prefix of the written word
                // but for its ending ("appli" from "apply", "price" from "pricing", "probabl" from "probability")
                String stem = "";
                for (String w : members.get(m)) if (w.length() > stem.length()) stem = w;
                int keep = Math.max(Math.min(stem.length(), 3), stem.length() - 2);
                prefilter[g][m] = stem.substring(0, keep);
            }
        }
    }

    /** False when the (lower-case) text cannot match: some group has no fragment in it. */
    boolean mayMatch(String lowerText) {
        for (String[] group : prefilter) {
            boolean any = false;
            for (String f : group) {
                if (lowerText.contains(f)) {
                    any = true;
                    break;
                }
            }
            if (!any) return false;
        }
        return true;
    }

    static boolean isPhrase(String pattern) {
        return pattern.startsWith(PREFIX);
    }

    /** Parses "~ a, b c + d"; throws IllegalArgumentException with a plain message when it is malformed. */
    static StemPhrase parse(String pattern) {
        String body = pattern.substring(PREFIX.length()).strip();
        if (body.isEmpty()) throw new IllegalArgumentException("a '~' phrase needs words: '~ staff + review'");
        List<List<String[]>> groups = new ArrayList<>();
        for (String group : body.split("\\+", -1)) {
            List<String[]> members = new ArrayList<>();
            for (String member : group.split(",")) {
                String[] stems = stems(member);
                if (stems.length > 0) members.add(stems);
            }
            if (members.isEmpty()) throw new IllegalArgumentException("'" + pattern + "' has an empty group");
            groups.add(members);
        }
        return new StemPhrase(groups);
    }

    boolean matches(String[] textStems) {
        for (List<String[]> group : groups) {
            if (!anyOccurs(group, textStems)) return false;
        }
        return true;
    }

    private static boolean anyOccurs(List<String[]> members, String[] text) {
        for (String[] m : members) {
            for (int i = 0; i + m.length <= text.length; i++) {
                boolean all = true;
                for (int k = 0; k < m.length && all; k++) all = text[i + k].equals(m[k]);
                if (all) return true;
            }
        }
        return false;
    }

    /** The text's words, lower case, each reduced to its stem. */
    static String[] stems(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> out = new ArrayList<>(words.length);
        EnglishStemmer stemmer = STEMMER.get();
        for (String w : words) {
            if (w.isEmpty()) continue;
            stemmer.setCurrent(w);
            stemmer.stem();
            out.add(stemmer.getCurrent());
        }
        return out.toArray(new String[0]);
    }
}

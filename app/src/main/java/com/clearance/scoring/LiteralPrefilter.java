package com.clearance.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives, from a concept's patterns, literal words one of which must occur in any text the concept matches
 * ("train(s|ed)?" needs "train", "(shall|will) not" needs "shall" or "will"). Checking them with
 * {@link String#contains} skips most regex work on the hot path. Null when some pattern has no such literal.
 */
final class LiteralPrefilter {

    private LiteralPrefilter() {
    }

    static String[] of(List<String> patterns) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : patterns) {
            List<String> lits = leading(p);
            if (lits == null) return null;
            out.addAll(lits);
        }
        return out.toArray(new String[0]);
    }

    /** Literals one of which starts every match of the pattern, or null when none can be derived. */
    static List<String> leading(String p) {
        if (p.isEmpty()) return null;
        char c = p.charAt(0);
        if (Character.isLetterOrDigit(c)) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < p.length()) {
                char x = p.charAt(i);
                if (Character.isLetterOrDigit(x) || x == '\'' || x == '-' || x == ' ') {
                    sb.append(x);
                    i++;
                } else if (x == '\\' && i + 1 < p.length() && !Character.isLetterOrDigit(p.charAt(i + 1))) {
                    sb.append(p.charAt(i + 1));
                    i += 2;
                } else {
                    break;
                }
            }
            String run = sb.toString();
            if (i < p.length() && "?*{".indexOf(p.charAt(i)) >= 0) run = run.substring(0, run.length() - 1);
            while (!run.isEmpty() && !Character.isLetterOrDigit(run.charAt(run.length() - 1))) run = run.substring(0, run.length() - 1);
            return run.length() >= 2 ? List.of(run) : null;
        }
        if (c == '(') {
            if (p.startsWith("(?") && !p.startsWith("(?:")) return null;
            int start = p.startsWith("(?:") ? 3 : 1;
            int close = matchingParen(p, 0);
            if (close < 0) return null;
            List<String> out = new ArrayList<>();
            if (close + 1 < p.length() && "?*".indexOf(p.charAt(close + 1)) >= 0) {
                // An optional leading group: a match starts with the group or with what follows it.
                List<String> rest = leading(p.substring(close + 2));
                if (rest == null) return null;
                out.addAll(rest);
            } else if (close + 1 < p.length() && p.charAt(close + 1) == '{') {
                return null;
            }
            for (String alt : splitTopLevel(p.substring(start, close))) {
                List<String> lits = leading(alt);
                if (lits == null) return null;
                out.addAll(lits);
            }
            return out;
        }
        return null;
    }

    private static int matchingParen(String p, int open) {
        int depth = 0;
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '[') {
                while (i < p.length() && p.charAt(i) != ']') i++;
                continue;
            }
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                while (i < s.length() && s.charAt(i) != ']') i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    static boolean mayMatch(String[] literals, String text) {
        if (literals == null) return true;
        for (String l : literals) {
            if (text.contains(l)) return true;
        }
        return false;
    }
}

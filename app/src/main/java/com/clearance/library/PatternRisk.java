package com.clearance.library;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the regular expressions that can take forever on one long sentence: a group repeated more than once that
 * holds an unbounded repetition of "anything" ({@code (.*a){12}}, {@code (.+x)+}, {@code ([^.]*,)*}), or a repeated
 * group that is nothing but an unbounded repetition ({@code (a+)+}, {@code (\s*)*}). A repeated group whose inner
 * repetition is cut off by a literal it cannot match ({@code (\w+ ){0,4}}, {@code (\S+ ){0,2}}) is fine and passes.
 * Possessive quantifiers and atomic groups never backtrack and pass too.
 */
final class PatternRisk {

    private PatternRisk() {
    }

    /** What the regex engine is told about one group while the pattern is read. */
    private static final class Group {
        boolean atomic;
        int atoms;
        boolean anyUnbounded;
        String broadUnbounded; // the "anything" repetition inside, as written, or null
    }

    /** The plain problem with {@code pattern}, or null when it is safe from runaway backtracking. */
    static String problemWith(String pattern) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group());
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            int atomStart = i;
            boolean broad = false;
            Group closed = null;
            if (c == '\\') {
                if (i + 1 < n && pattern.charAt(i + 1) == 'Q') {
                    int end = pattern.indexOf("\\E", i + 2);
                    i = end < 0 ? n : end + 2;
                } else {
                    i += 2;
                }
            } else if (c == '[') {
                broad = i + 1 < n && pattern.charAt(i + 1) == '^';
                i = classEnd(pattern, i);
            } else if (c == '(') {
                Group g = new Group();
                i++;
                if (i < n && pattern.charAt(i) == '?') {
                    g.atomic = i + 1 < n && pattern.charAt(i + 1) == '>';
                    int close = i;
                    while (close < n && pattern.charAt(close) != ':' && pattern.charAt(close) != ')'
                            && "=!>".indexOf(pattern.charAt(close)) < 0) {
                        if (pattern.charAt(close) == '<' && close + 1 < n && "=!".indexOf(pattern.charAt(close + 1)) >= 0) {
                            close++;
                        }
                        close++;
                    }
                    if (close < n && pattern.charAt(close) == ')') { // an inline flag like (?i): no group
                        i = close + 1;
                        continue;
                    }
                    i = Math.min(n, close + 1);
                }
                groups.push(g);
                continue;
            } else if (c == ')') {
                closed = groups.size() > 1 ? groups.pop() : new Group();
                i++;
            } else if (c == '|' || c == '^' || c == '$') {
                i++;
                continue;
            } else {
                broad = c == '.';
                i++;
            }
            // the quantifier after the atom, if any
            int qStart = i;
            boolean unbounded = false;
            boolean repeats = false;
            if (i < n && (pattern.charAt(i) == '*' || pattern.charAt(i) == '+')) {
                unbounded = true;
                repeats = true;
                i++;
            } else if (i < n && pattern.charAt(i) == '?') {
                i++;
            } else if (i < n && pattern.charAt(i) == '{') {
                int end = pattern.indexOf('}', i);
                if (end > 0) {
                    String body = pattern.substring(i + 1, end);
                    int comma = body.indexOf(',');
                    if (body.matches("\\d+(,\\d*)?")) {
                        String max = comma < 0 ? body : body.substring(comma + 1);
                        unbounded = max.isEmpty();
                        repeats = unbounded || Long.parseLong(max) > 1;
                        i = end + 1;
                    }
                }
            }
            boolean possessive = false;
            if (i > qStart && i < n && (pattern.charAt(i) == '?' || pattern.charAt(i) == '+')) {
                possessive = pattern.charAt(i) == '+';
                i++;
            }
            Group top = groups.peek();
            if (closed != null && repeats && !possessive && !closed.atomic) {
                String group = pattern.substring(atomStart - groupLength(pattern, atomStart), i);
                if (closed.broadUnbounded != null) {
                    return "the group " + group + " repeats an unbounded '" + closed.broadUnbounded + "' inside it,"
                            + " which can take forever on a long sentence; bound the inner repetition (for example"
                            + " [^.]{0,80}) or drop the outer one";
                }
                if (closed.atoms == 1 && closed.anyUnbounded) {
                    return "the group " + group + " repeats a repetition without bound, which can take forever on a"
                            + " long sentence; repeat it once (drop the outer quantifier)";
                }
            }
            top.atoms++;
            if (closed != null && !closed.atomic) {
                top.anyUnbounded |= closed.anyUnbounded || unbounded;
                if (top.broadUnbounded == null) {
                    top.broadUnbounded = closed.broadUnbounded;
                }
            }
            if (unbounded && !possessive) {
                top.anyUnbounded = true;
                if (broad && top.broadUnbounded == null) {
                    top.broadUnbounded = pattern.substring(atomStart, i);
                }
            }
        }
        return null;
    }

    /** Index just past the character class that starts at {@code start}. */
    private static int classEnd(String p, int start) {
        int i = start + 1;
        if (i < p.length() && p.charAt(i) == '^') i++;
        if (i < p.length() && p.charAt(i) == ']') i++;
        int depth = 1;
        while (i < p.length() && depth > 0) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') depth++;
            if (c == ']') depth--;
            i++;
        }
        return i;
    }

    /** How far back from the closing parenthesis at {@code close} its group starts (for the message). */
    private static int groupLength(String p, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = p.charAt(i);
            boolean escaped = i > 0 && p.charAt(i - 1) == '\\';
            if (escaped) continue;
            if (c == ')') depth++;
            if (c == '(' && --depth == 0) return close - i;
        }
        return 0;
    }
}

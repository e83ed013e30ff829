package com.clearance.library;

import com.clearance.library.RegexNode.Alternation;
import com.clearance.library.RegexNode.Atomic;
import com.clearance.library.RegexNode.Chars;
import com.clearance.library.RegexNode.Empty;
import com.clearance.library.RegexNode.Look;
import com.clearance.library.RegexNode.Repeat;
import com.clearance.library.RegexNode.Sequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Java regular expression that already compiles into a {@link RegexNode} tree. It reads only what the risk
 * check needs: which characters each atom can match, groups, alternation and repetition. Anything it does not model
 * exactly (a back-reference, a class intersection, a Unicode property it cannot try) counts as "any character",
 * so the check can only err towards caution.
 */
final class RegexTreeReader {

    private final String p;
    private int i;
    private boolean caseInsensitive;

    private RegexTreeReader(String pattern) {
        this.p = pattern;
        this.caseInsensitive = pattern.contains("(?i");
    }

    /** The tree of {@code pattern}; throws IllegalArgumentException where it is not a pattern this reader follows. */
    static RegexNode read(String pattern) {
        RegexTreeReader r = new RegexTreeReader(pattern);
        RegexNode tree = r.alternation();
        if (r.i < pattern.length()) throw new IllegalArgumentException("unbalanced ')' at " + r.i);
        return tree;
    }

    private RegexNode alternation() {
        int start = i;
        List<RegexNode> options = new ArrayList<>();
        options.add(sequence());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Alternation(options, start, i);
    }

    private RegexNode sequence() {
        int start = i;
        List<RegexNode> items = new ArrayList<>();
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            int atomStart = i;
            RegexNode atom = atom();
            if (atom != null) items.add(quantified(atom, atomStart));
        }
        return items.size() == 1 ? items.get(0) : new Sequence(items, start, i);
    }

    /** The atom (written from {@code atomStart}) with the quantifier that follows it, if any. */
    private RegexNode quantified(RegexNode atom, int atomStart) {
        if (i >= p.length()) return atom;
        int min;
        int max;
        char c = p.charAt(i);
        if (c == '*' || c == '+' || c == '?') {
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
            i++;
        } else if (c == '{' && p.indexOf('}', i) > 0 && p.substring(i + 1, p.indexOf('}', i)).matches("\\d+(,\\d*)?")) {
            String body = p.substring(i + 1, p.indexOf('}', i));
            int comma = body.indexOf(',');
            min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
            String upper = comma < 0 ? body : body.substring(comma + 1);
            max = upper.isEmpty() ? -1 : Integer.parseInt(upper);
            i = p.indexOf('}', i) + 1;
        } else {
            return atom;
        }
        boolean possessive = false;
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            possessive = p.charAt(i) == '+';
            i++;
        }
        return new Repeat(atom, min, max, possessive, atomStart, i);
    }

    /** The next atom, or null for an inline flag group like (?i) that matches nothing and takes no quantifier. */
    private RegexNode atom() {
        int start = i;
        char c = p.charAt(i);
        switch (c) {
            case '\\':
                return escape();
            case '[':
                return new Chars(charClass(), start, i);
            case '(':
                return group();
            case '.':
                i++;
                return new Chars(RegexCharSet.dot(), start, i);
            case '^':
            case '$':
                i++;
                return new Empty(start, i);
            default:
                int cp = p.codePointAt(i);
                i += Character.charCount(cp);
                return new Chars(literal(cp), start, i);
        }
    }

    private RegexNode group() {
        int start = i++;
        boolean atomic = false;
        boolean look = false;
        if (i < p.length() && p.charAt(i) == '?') {
            i++;
            char kind = p.charAt(i);
            if (kind == ':' || kind == '>' || kind == '=' || kind == '!') {
                atomic = kind == '>';
                look = kind == '=' || kind == '!';
                i++;
            } else if (kind == '<' && (p.charAt(i + 1) == '=' || p.charAt(i + 1) == '!')) {
                look = true;
                i += 2;
            } else if (kind == '<') {
                i = p.indexOf('>', i) + 1; // a named group: captures like any other
            } else {
                int end = i;
                while (p.charAt(end) != ')' && p.charAt(end) != ':') end++;
                String flags = p.substring(i, end);
                int minus = flags.indexOf('-');
                if ((minus < 0 ? flags : flags.substring(0, minus)).contains("i")) caseInsensitive = true;
                i = end + 1;
                if (p.charAt(end) == ')') return null;
            }
        }
        RegexNode body = alternation();
        if (i >= p.length() || p.charAt(i) != ')') throw new IllegalArgumentException("unclosed group at " + start);
        i++;
        if (look) return new Look(body, start, i);
        if (atomic) return new Atomic(body, start, i);
        return body;
    }

    private RegexNode escape() {
        int start = i;
        char e = p.charAt(i + 1);
        i += 2;
        switch (e) {
            case 'Q': {
                int end = p.indexOf("\\E", i);
                String quoted = p.substring(i, end < 0 ? p.length() : end);
                i = end < 0 ? p.length() : end + 2;
                List<RegexNode> chars = new ArrayList<>();
                quoted.codePoints().forEach(cp -> chars.add(new Chars(literal(cp), start, i)));
                return chars.size() == 1 ? chars.get(0) : new Sequence(chars, start, i);
            }
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                return new Empty(start, i);
            case 'k':
                i = p.indexOf('>', i) + 1;
                return backReference(start);
            default:
                if (e >= '1' && e <= '9') {
                    while (i < p.length() && Character.isDigit(p.charAt(i))) i++;
                    return backReference(start);
                }
                return new Chars(escapedChars(e, start), start, i);
        }
    }

    /** A back-reference can match any run of characters. */
    private RegexNode backReference(int start) {
        return new Repeat(new Chars(RegexCharSet.any(), start, i), 0, -1, false, start, i);
    }

    /** The characters of an escape whose name is {@code e}, the reader standing just after it. */
    private RegexCharSet escapedChars(char e, int start) {
        switch (e) {
            case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H': case 'v': case 'V':
                return RegexCharSet.ofClass("\\" + e);
            case 'p': case 'P': {
                if (i < p.length() && p.charAt(i) == '{') i = p.indexOf('}', i) + 1;
                else i++;
                RegexCharSet set = RegexCharSet.ofClass(p.substring(start, i));
                return set == null ? RegexCharSet.any() : set;
            }
            case 'x': case 'u': case '0': case 'c': case 'N': {
                if (i < p.length() && p.charAt(i) == '{') i = p.indexOf('}', i) + 1;
                else i += e == 'x' ? 2 : e == 'u' ? 4 : e == 'c' ? 1 : 0;
                while (e == '0' && i < p.length() && i - start < 5 && p.charAt(i) >= '0' && p.charAt(i) <= '7') i++;
                RegexCharSet set = RegexCharSet.ofClass(p.substring(start, i));
                return set == null ? RegexCharSet.any() : set;
            }
            case 't': return literal('\t');
            case 'n': return literal('\n');
            case 'r': return literal('\r');
            case 'f': return literal('\f');
            case 'a': return literal(7);
            case 'e': return literal(27);
            case 'R': case 'X': return RegexCharSet.any();
            default: return literal(e);
        }
    }

    /** Reads [...] from the '[' at the reader's position; a class with an intersection counts as any character. */
    private RegexCharSet charClass() {
        int start = i++;
        boolean negated = i < p.length() && p.charAt(i) == '^';
        if (negated) i++;
        RegexCharSet set = RegexCharSet.none();
        boolean first = true;
        boolean intersection = false;
        while (i < p.length() && (p.charAt(i) != ']' || first)) {
            first = false;
            char c = p.charAt(i);
            if (c == '[') {
                set = set.union(charClass());
                continue;
            }
            if (c == '&' && i + 1 < p.length() && p.charAt(i + 1) == '&') {
                intersection = true;
                i += 2;
                continue;
            }
            int from;
            if (c == '\\') {
                char e = p.charAt(i + 1);
                int escStart = i;
                i += 2;
                if ("dDwWsShHvVpPR".indexOf(e) >= 0) {
                    set = set.union(escapedChars(e, escStart));
                    continue;
                }
                if ("xu0cN".indexOf(e) >= 0) {
                    set = set.union(escapedChars(e, escStart)); // a coded character: its own value, near enough
                    continue;
                }
                from = "tnrfae".indexOf(e) >= 0 ? "\t\n\r\f\u0007\u001b".charAt("tnrfae".indexOf(e)) : e;
            } else {
                from = p.codePointAt(i);
                i += Character.charCount(from);
            }
            if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i++;
                int to;
                if (p.charAt(i) == '\\') {
                    to = p.charAt(i + 1);
                    i += 2;
                } else {
                    to = p.codePointAt(i);
                    i += Character.charCount(to);
                }
                set = set.union(caseInsensitive ? RegexCharSet.range(from, to).withBothCases() : RegexCharSet.range(from, to));
            } else {
                set = set.union(literal(from));
            }
        }
        if (i >= p.length()) throw new IllegalArgumentException("unclosed class at " + start);
        i++;
        if (intersection) return RegexCharSet.any();
        return negated ? set.complement() : set;
    }

    private RegexCharSet literal(int cp) {
        RegexCharSet set = RegexCharSet.of(cp);
        return caseInsensitive ? set.withBothCases() : set;
    }
}

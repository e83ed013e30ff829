package com.clearance.library;

import com.clearance.library.RegexNode.Alternation;
import com.clearance.library.RegexNode.Atomic;
import com.clearance.library.RegexNode.Chars;
import com.clearance.library.RegexNode.Look;
import com.clearance.library.RegexNode.Repeat;
import com.clearance.library.RegexNode.Sequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the regular expressions that can take forever on one long sentence: a group repeated more than once whose
 * body can split the same text in more than one way. That is the case when, inside the group, an unbounded
 * repetition can also match what comes after it, the start of the next round included: {@code (.*a){12}},
 * {@code (\w*a){15}}, {@code (a+)+}, {@code ([a-z]+\s?)*}. Or when two alternatives can match the same text, or one
 * the start of the other followed by another round: {@code (a|aa)*}, {@code (\w|\d)+}. A repetition stopped by a
 * character it cannot match ({@code (\w+ ){0,4}}, {@code (\S+ ){0,2}}) cannot split text two ways and passes.
 * Possessive quantifiers and atomic groups never give characters back and pass too. What this misses, the
 * per-sentence match time limit still stops.
 */
final class PatternRisk {

    private PatternRisk() {
    }

    /** The plain problem with {@code pattern}, or null when it is safe from runaway backtracking. */
    static String problemWith(String pattern) {
        RegexNode tree;
        try {
            tree = RegexTreeReader.read(pattern);
        } catch (RuntimeException unreadable) {
            return null; // it compiles (checked before) but this reader cannot follow it: the time limit covers it
        }
        return new PatternRisk.Walk(pattern).risk(tree);
    }

    /** One pass over a pattern's tree, with the pattern's text for the messages. */
    private static final class Walk {
        private final String pattern;

        Walk(String pattern) {
            this.pattern = pattern;
        }

        /** The first repeated group anywhere in {@code node} that can split text two ways, as a message. */
        String risk(RegexNode node) {
            if (node instanceof Repeat r && r.repeatsMoreThanOnce() && !(r.body() instanceof Atomic)) {
                RegexCharSet nextRound = first(r.body());
                String found = ambiguity(r.body(), nextRound, r);
                if (found != null) return found;
            }
            for (RegexNode child : children(node)) {
                String found = risk(child);
                if (found != null) return found;
            }
            return null;
        }

        /**
         * Within the body of the repeated group {@code outer}, where {@code follow} is what may come right after
         * {@code node}: a message when {@code node} can match the same text in two ways.
         */
        private String ambiguity(RegexNode node, RegexCharSet follow, Repeat outer) {
            if (node instanceof Sequence s) {
                RegexCharSet after = follow;
                for (int k = s.items().size() - 1; k >= 0; k--) {
                    RegexNode item = s.items().get(k);
                    String found = ambiguity(item, after, outer);
                    if (found != null) return found;
                    after = nullable(item) ? first(item).union(after) : first(item);
                }
                return null;
            }
            if (node instanceof Alternation a) {
                String found = overlappingOptions(a, follow, outer);
                if (found != null) return found;
                for (RegexNode option : a.options()) {
                    found = ambiguity(option, follow, outer);
                    if (found != null) return found;
                }
                return null;
            }
            if (node instanceof Repeat q && !q.possessive()) {
                RegexCharSet round = first(q.body());
                if (q.unbounded() && round.overlaps(follow)) {
                    return "the group " + text(outer) + " repeats '" + text(q) + "', which can also match what comes"
                            + " after it, so a long sentence can take forever to match; end the inner repetition at a"
                            + " character it cannot match (as in (\\w+ ){0,4}), bound it (for example [^.]{0,80}) or"
                            + " drop the outer quantifier";
                }
                return ambiguity(q.body(), q.repeatsMoreThanOnce() ? round.union(follow) : follow, outer);
            }
            return null; // a character, an anchor, a lookaround or an atomic group gives no second way
        }

        /** Two fixed-length alternatives of which one matches the other's text, or its start and then more. */
        private String overlappingOptions(Alternation a, RegexCharSet follow, Repeat outer) {
            List<List<RegexCharSet>> fixed = new ArrayList<>();
            for (RegexNode option : a.options()) fixed.add(fixedChars(option));
            for (int x = 0; x < fixed.size(); x++) {
                for (int y = x + 1; y < fixed.size(); y++) {
                    List<RegexCharSet> one = fixed.get(x);
                    List<RegexCharSet> other = fixed.get(y);
                    if (one == null || other == null || one.isEmpty() || other.isEmpty()) continue;
                    List<RegexCharSet> shorter = one.size() <= other.size() ? one : other;
                    List<RegexCharSet> longer = shorter == one ? other : one;
                    boolean prefix = true;
                    for (int k = 0; k < shorter.size() && prefix; k++) prefix = shorter.get(k).overlaps(longer.get(k));
                    if (prefix && (shorter.size() == longer.size() || longer.get(shorter.size()).overlaps(follow))) {
                        return "the group " + text(outer) + " repeats alternatives '" + text(a.options().get(x))
                                + "' and '" + text(a.options().get(y)) + "' that can match the same text, so a long"
                                + " sentence can take forever to match; make the alternatives differ at their start"
                                + " or drop the outer quantifier";
                    }
                }
            }
            return null;
        }

        /** The characters of a fixed-length node one by one, or null when its length can vary. */
        private static List<RegexCharSet> fixedChars(RegexNode node) {
            if (node instanceof Chars c) return List.of(c.set());
            if (node instanceof RegexNode.Empty) return List.of();
            if (node instanceof Sequence s) {
                List<RegexCharSet> all = new ArrayList<>();
                for (RegexNode item : s.items()) {
                    List<RegexCharSet> part = fixedChars(item);
                    if (part == null) return null;
                    all.addAll(part);
                }
                return all;
            }
            if (node instanceof Repeat r && r.min() == r.max() && r.max() <= 16) {
                List<RegexCharSet> part = fixedChars(r.body());
                if (part == null) return null;
                List<RegexCharSet> all = new ArrayList<>();
                for (int k = 0; k < r.max(); k++) all.addAll(part);
                return all;
            }
            return null;
        }

        private String text(RegexNode node) {
            return pattern.substring(node.start(), Math.min(node.end(), pattern.length()));
        }
    }

    /** The characters {@code node} can start with. */
    static RegexCharSet first(RegexNode node) {
        if (node instanceof Chars c) return c.set();
        if (node instanceof Atomic a) return first(a.body());
        if (node instanceof Repeat r) return first(r.body());
        if (node instanceof Alternation a) {
            RegexCharSet all = RegexCharSet.none();
            for (RegexNode option : a.options()) all = all.union(first(option));
            return all;
        }
        if (node instanceof Sequence s) {
            RegexCharSet all = RegexCharSet.none();
            for (RegexNode item : s.items()) {
                all = all.union(first(item));
                if (!nullable(item)) break;
            }
            return all;
        }
        return RegexCharSet.none(); // anchors and lookarounds match no character
    }

    /** Whether {@code node} can match the empty text. */
    static boolean nullable(RegexNode node) {
        if (node instanceof Chars) return false;
        if (node instanceof Atomic a) return nullable(a.body());
        if (node instanceof Repeat r) return r.min() == 0 || nullable(r.body());
        if (node instanceof Alternation a) return a.options().stream().anyMatch(PatternRisk::nullable);
        if (node instanceof Sequence s) return s.items().stream().allMatch(PatternRisk::nullable);
        return true;
    }

    private static List<RegexNode> children(RegexNode node) {
        if (node instanceof Sequence s) return s.items();
        if (node instanceof Alternation a) return a.options();
        if (node instanceof Repeat r) return List.of(r.body());
        if (node instanceof Atomic a) return List.of(a.body());
        if (node instanceof Look l) return List.of(l.body());
        return List.of();
    }
}

package com.clearance.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The vocabulary's concepts compiled once: one pattern per concept, matched on whole words of normalised text. A
 * document may extend a concept with its own defined terms ({@link #withExtraTerms}).
 */
public final class ConceptIndex {

    /** A concept named "X-negated" negates X: "without notice" is not notice, "no right to object" no objection right. */
    public static final String NEGATED_SUFFIX = "-negated";

    /** How long one concept's patterns may run on one sentence before the match fails. */
    public static final long MATCH_BUDGET_MILLIS = 1000;
    private static final long MATCH_BUDGET_NANOS = MATCH_BUDGET_MILLIS * 1_000_000L;

    private final Map<String, Integer> ids;
    private final String[] names;
    private final Pattern[] patterns;
    private final String[][] regexes;
    private final String[][] literals;
    private final int[] negatedBy;
    private final StemPhrase[][] phrases;
    /** Per document ({@link #forDocument}): how each concept's pattern failed on a sentence, else null. */
    private final PatternTimeoutException[] failed;

    private ConceptIndex(Map<String, Integer> ids, String[] names, Pattern[] patterns, String[][] regexes,
                         String[][] literals, int[] negatedBy, StemPhrase[][] phrases, PatternTimeoutException[] failed) {
        this.ids = ids;
        this.names = names;
        this.patterns = patterns;
        this.regexes = regexes;
        this.literals = literals;
        this.negatedBy = negatedBy;
        this.phrases = phrases;
        this.failed = failed;
    }

    public static ConceptIndex compile(Map<String, List<String>> concepts) {
        Map<String, Integer> ids = new HashMap<>();
        List<Pattern> patterns = new ArrayList<>();
        List<String[]> literals = new ArrayList<>();
        List<StemPhrase[]> phrases = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String[]> sources = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : concepts.entrySet()) {
            ids.put(e.getKey(), patterns.size());
            names.add(e.getKey());
            List<String> regexes = e.getValue().stream().filter(p -> !StemPhrase.isPhrase(p)).toList();
            sources.add(regexes.toArray(new String[0]));
            patterns.add(compileAlternatives(regexes));
            literals.add(LiteralPrefilter.of(regexes));
            phrases.add(e.getValue().stream().filter(StemPhrase::isPhrase).map(StemPhrase::parse)
                    .toArray(StemPhrase[]::new));
        }
        int[] negatedBy = new int[patterns.size()];
        java.util.Arrays.fill(negatedBy, -1);
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            Integer neg = ids.get(e.getKey() + NEGATED_SUFFIX);
            if (neg != null) negatedBy[e.getValue()] = neg;
        }
        return new ConceptIndex(Map.copyOf(ids), names.toArray(new String[0]), patterns.toArray(new Pattern[0]),
                sources.toArray(new String[0][]), literals.toArray(new String[0][]), negatedBy,
                phrases.toArray(new StemPhrase[0][]), null);
    }

    /**
     * A copy for reading one document: a concept whose pattern runs out of time on one of its sentences is
     * remembered, and fails at once on every later sentence (the clauses needing it are not audited anyway).
     */
    ConceptIndex forDocument() {
        return new ConceptIndex(ids, names, patterns, regexes, literals, negatedBy, phrases,
                new PatternTimeoutException[names.length]);
    }

    /** Compiles a list of patterns into one whole-word alternation; throws PatternSyntaxException on a bad one. */
    public static Pattern compileAlternatives(List<String> alternatives) {
        if (alternatives.isEmpty()) return Pattern.compile("(?!)");
        StringBuilder sb = new StringBuilder("(?<![a-z0-9])(?:");
        for (int i = 0; i < alternatives.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append("(?:").append(alternatives.get(i)).append(')');
        }
        return Pattern.compile(sb.append(")(?![a-z0-9])").toString());
    }

    /** Validates one pattern; returns the problem or null. */
    public static String problemWith(String pattern) {
        if (StemPhrase.isPhrase(pattern)) {
            try {
                StemPhrase.parse(pattern);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        try {
            Pattern.compile(pattern);
            return null;
        } catch (PatternSyntaxException e) {
            return e.getDescription() + " near index " + e.getIndex();
        }
    }

    /** A copy where each named concept also matches the given literal terms (a document's defined terms). */
    public ConceptIndex withExtraTerms(Map<String, List<String>> extra) {
        if (extra.isEmpty()) return this;
        Pattern[] copy = patterns.clone();
        String[][] lits = literals.clone();
        for (Map.Entry<String, List<String>> e : extra.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id == null) continue;
            List<String> alternatives = new ArrayList<>();
            alternatives.add(patterns[id].pattern());
            e.getValue().forEach(t -> alternatives.add(literal(t) + "s?"));
            copy[id] = compileAlternatives(alternatives);
            if (lits[id] != null) {
                List<String> more = new ArrayList<>(List.of(lits[id]));
                e.getValue().forEach(t -> more.add(t.split(" ")[0]));
                lits[id] = more.toArray(new String[0]);
            }
        }
        return new ConceptIndex(ids, names, copy, regexes, lits, negatedBy, phrases, failed);
    }

    /** A literal term as a pattern: every non-alphanumeric character escaped, spaces kept flexible. */
    static String literal(String term) {
        StringBuilder sb = new StringBuilder();
        for (char c : term.toCharArray()) {
            if (c == ' ') {
                sb.append("\\s+");
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        return sb.toString();
    }

    public boolean knows(String concept) {
        return ids.containsKey(concept);
    }

    public int size() {
        return patterns.length;
    }

    /** The concept's id, or -1 when the vocabulary does not define it. */
    public int id(String concept) {
        Integer id = ids.get(concept);
        return id == null ? -1 : id;
    }

    public boolean matches(int id, String normalized) {
        return matches(id, normalized, null);
    }

    /** {@code stems}: the text's word stems when already computed (null: stem here if a phrase needs them). */
    boolean matches(int id, String normalized, java.util.function.Supplier<String[]> stems) {
        if (regexMatches(id, normalized)) return true;
        if (phrases[id].length == 0) return false;
        String[] words = null;
        for (StemPhrase p : phrases[id]) {
            if (!p.mayMatch(normalized)) continue;
            if (words == null) words = stems == null ? StemPhrase.stems(normalized) : stems.get();
            if (p.matches(words)) return true;
        }
        return false;
    }

    private boolean regexMatches(int id, String normalized) {
        if (!LiteralPrefilter.mayMatch(literals[id], normalized)) return false;
        if (failed != null && failed[id] != null) throw failed[id];
        DeadlineText text = new DeadlineText(normalized, MATCH_BUDGET_NANOS);
        int running = id;
        try {
            java.util.regex.Matcher m = patterns[id].matcher(text);
            if (!m.find()) return false;
            int neg = negatedBy[id];
            if (neg < 0 || !LiteralPrefilter.mayMatch(literals[neg], normalized)) return true;
            // the concept counts only where some occurrence lies outside every negating phrase
            List<int[]> negated = new ArrayList<>();
            running = neg;
            java.util.regex.Matcher n = patterns[neg].matcher(text);
            while (n.find()) negated.add(new int[]{n.start(), n.end()});
            running = id;
            if (negated.isEmpty()) return true;
            do {
                int start = m.start();
                int end = m.end();
                if (negated.stream().noneMatch(r -> r[0] <= start && end <= r[1])) return true;
            } while (m.find());
            return false;
        } catch (DeadlineText.Expired e) {
            throw remembered(running, new PatternTimeoutException(names[running], culprit(running, normalized)));
        } catch (StackOverflowError e) {
            // java.util.regex recurses once per repetition of some groups ((a|b)+): a very long sentence can run
            // out of stack where no time limit applies; the clause fails the same plain way
            throw remembered(running, PatternTimeoutException.tooDeep(names[running], deepCulprit(running, normalized)));
        }
    }

    private PatternTimeoutException remembered(int id, PatternTimeoutException e) {
        if (failed != null) failed[id] = e;
        return e;
    }

    /**
     * The one pattern of the concept that runs out of stack on the text (all of them, joined, when none does alone).
     * Each try keeps the time limit: a pattern that is merely slow must not hang the search for the deep one.
     */
    private String deepCulprit(int id, String normalized) {
        for (String regex : regexes[id]) {
            try {
                Pattern.compile(regex).matcher(new DeadlineText(normalized, MATCH_BUDGET_NANOS)).find();
            } catch (StackOverflowError e) {
                return regex;
            } catch (DeadlineText.Expired e) {
                // slow, not deep: not this one
            }
        }
        return String.join("' or '", regexes[id]);
    }

    /** The one pattern of the concept that runs out of time on the text (all of them, joined, when none does alone). */
    private String culprit(int id, String normalized) {
        for (String regex : regexes[id]) {
            try {
                Pattern.compile(regex).matcher(new DeadlineText(normalized, MATCH_BUDGET_NANOS)).find();
            } catch (DeadlineText.Expired e) {
                return regex;
            }
        }
        return String.join("' or '", regexes[id]);
    }
}

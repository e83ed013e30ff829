package com.clearance.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A naive Bayes model learnt from the template's example tickets: for a new ticket it gives each category a
 * probability from the words it shares with that category's examples. It backs up the hand-written signals for
 * tickets worded in ways the signals do not foresee. Priors are uniform so a category with more examples is not
 * favoured.
 */
final class ExampleModel {

    /** Function words that say nothing about a category. */
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "is",
            "it", "its", "it's", "we", "our", "us", "they", "their", "them", "this", "that", "with", "as", "at", "be", "are",
            "was", "were", "i", "my", "me", "you", "your", "from", "by", "but", "so", "if", "then", "than", "has", "have",
            "had", "do", "does", "did", "can", "will", "would", "should", "could", "there", "what", "when", "which", "who",
            "all", "any", "some", "more", "one", "just", "also", "about", "after", "before", "been", "get", "got", "into",
            "out", "up", "now", "only", "very", "like", "he", "she", "his", "her", "these", "those", "being", "per", "each");
    private static final double ALPHA = 0.5;

    private final List<String> categories;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();

    ExampleModel(List<String> categories, List<LabelledExample> examples) {
        this.categories = List.copyOf(categories);
        for (LabelledExample e : examples) {
            Map<String, Integer> c = counts.computeIfAbsent(e.category(), k -> new HashMap<>());
            for (String w : words(e.text())) {
                c.merge(w, 1, Integer::sum);
                totals.merge(e.category(), 1, Integer::sum);
                vocabulary.add(w);
            }
        }
    }

    boolean isEmpty() {
        return vocabulary.isEmpty();
    }

    /** How far to trust the likeness: a ticket sharing only one or two words with the examples says little. */
    double coverage(String text) {
        Set<String> known = new HashSet<>(words(text));
        known.retainAll(vocabulary);
        return Math.min(1.0, known.size() / 4.0);
    }

    /** Probability per category (summing to 1) for the ticket's words; empty when no word is known. */
    Map<String, Double> probabilities(String text) {
        Set<String> known = new HashSet<>(words(text));
        known.retainAll(vocabulary);
        Map<String, Double> out = new LinkedHashMap<>();
        if (known.isEmpty()) {
            return out;
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        double max = Double.NEGATIVE_INFINITY;
        for (String c : categories) {
            if (!counts.containsKey(c)) {
                continue;
            }
            double sum = 0;
            for (String w : known) {
                sum += logLikelihood(c, w);
            }
            logs.put(c, sum);
            max = Math.max(max, sum);
        }
        double norm = 0;
        for (double v : logs.values()) {
            norm += Math.exp(v - max);
        }
        for (Map.Entry<String, Double> e : logs.entrySet()) {
            out.put(e.getKey(), Math.exp(e.getValue() - max) / norm);
        }
        return out;
    }

    /** The ticket's words that point most strongly to {@code category} compared with the other categories. */
    List<String> telling(String text, String category, int limit) {
        Set<String> known = new HashSet<>(words(text));
        known.retainAll(vocabulary);
        List<String> ranked = new ArrayList<>(known);
        Map<String, Double> lift = new HashMap<>();
        for (String w : ranked) {
            double others = 0;
            int n = 0;
            for (String c : counts.keySet()) {
                if (!c.equals(category)) {
                    others += logLikelihood(c, w);
                    n++;
                }
            }
            lift.put(w, logLikelihood(category, w) - (n == 0 ? 0 : others / n));
        }
        ranked.removeIf(w -> lift.get(w) <= 0.5);
        ranked.sort(Comparator.comparing((String w) -> -lift.get(w)).thenComparing(w -> w));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private double logLikelihood(String category, String word) {
        int count = counts.getOrDefault(category, Map.of()).getOrDefault(word, 0);
        return Math.log((count + ALPHA) / (totals.getOrDefault(category, 0) + ALPHA * vocabulary.size()));
    }

    private static List<String> words(String text) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(Tokens.of(text).stream()
                .filter(w -> !STOP.contains(w) && !w.chars().allMatch(Character::isDigit) && w.length() > 1).toList()));
    }
}

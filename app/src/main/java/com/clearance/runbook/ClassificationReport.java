package com.clearance.runbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well predicted categories match labelled ones: accuracy, precision/recall/F1 per category, macro-F1 over the
 * categories that occur in the labels or the predictions, and the confusion matrix (rows expected, columns predicted).
 */
public record ClassificationReport(int total, int correct, double accuracy, double macroF1,
                                   List<CategoryScore> perCategory, List<String> categories, int[][] confusion,
                                   List<String> mistakes) {

    public record CategoryScore(String category, int support, int predicted, double precision, double recall, double f1) {
    }

    /** {@code pairs}: expected then predicted category, one pair per ticket; {@code ids} name the tickets in mistakes. */
    public static ClassificationReport of(List<String> categoryIds, List<String> ids, List<String> expected,
                                          List<String> predicted) {
        if (expected.size() != predicted.size() || ids.size() != expected.size()) {
            throw new IllegalArgumentException("expected, predicted and ids must have the same length");
        }
        List<String> cats = new ArrayList<>(categoryIds);
        for (String c : expected) {
            if (!cats.contains(c)) {
                cats.add(c);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        cats.forEach(c -> index.put(c, index.size()));
        int[][] confusion = new int[cats.size()][cats.size()];
        int correct = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            confusion[index.get(expected.get(i))][index.get(predicted.get(i))]++;
            if (expected.get(i).equals(predicted.get(i))) {
                correct++;
            } else {
                mistakes.add(ids.get(i) + ": expected " + expected.get(i) + ", got " + predicted.get(i));
            }
        }
        List<CategoryScore> scores = new ArrayList<>();
        double f1Sum = 0;
        int counted = 0;
        for (int k = 0; k < cats.size(); k++) {
            int tp = confusion[k][k];
            int support = 0;
            int pred = 0;
            for (int j = 0; j < cats.size(); j++) {
                support += confusion[k][j];
                pred += confusion[j][k];
            }
            double p = pred == 0 ? 0 : (double) tp / pred;
            double r = support == 0 ? 0 : (double) tp / support;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            scores.add(new CategoryScore(cats.get(k), support, pred, p, r, f1));
            if (support > 0 || pred > 0) {
                f1Sum += f1;
                counted++;
            }
        }
        int total = expected.size();
        return new ClassificationReport(total, correct, total == 0 ? 0 : (double) correct / total,
                counted == 0 ? 0 : f1Sum / counted, scores, List.copyOf(cats), confusion, mistakes);
    }
}

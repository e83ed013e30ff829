package com.clearance.scoring.eval;

import com.clearance.domain.Status;

/** A 4x4 confusion matrix over the statuses, rows = expected, columns = predicted; with per-status P/R/F1. */
public final class Confusion {

    private final int[][] counts = new int[4][4];

    public void add(Status expected, Status predicted) {
        counts[expected.ordinal()][predicted.ordinal()]++;
    }

    public void addAll(Confusion other) {
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) counts[i][j] += other.counts[i][j];
        }
    }

    public int count(Status expected, Status predicted) {
        return counts[expected.ordinal()][predicted.ordinal()];
    }

    public int total() {
        int t = 0;
        for (int[] row : counts) for (int c : row) t += c;
        return t;
    }

    public int correct() {
        int t = 0;
        for (int i = 0; i < 4; i++) t += counts[i][i];
        return t;
    }

    public double precision(Status s) {
        int tp = counts[s.ordinal()][s.ordinal()];
        int predicted = 0;
        for (int i = 0; i < 4; i++) predicted += counts[i][s.ordinal()];
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    public double recall(Status s) {
        int tp = counts[s.ordinal()][s.ordinal()];
        int expected = 0;
        for (int j = 0; j < 4; j++) expected += counts[s.ordinal()][j];
        return expected == 0 ? 0 : (double) tp / expected;
    }

    public double f1(Status s) {
        double p = precision(s);
        double r = recall(s);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** True when the status occurs as expected or predicted value (statuses absent from both are not averaged). */
    public boolean present(Status s) {
        for (int i = 0; i < 4; i++) {
            if (counts[s.ordinal()][i] > 0 || counts[i][s.ordinal()] > 0) return true;
        }
        return false;
    }

    /** Macro-F1 over the statuses present. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (Status s : Status.values()) {
            if (present(s)) {
                sum += f1(s);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}

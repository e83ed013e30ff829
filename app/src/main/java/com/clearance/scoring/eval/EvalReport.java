package com.clearance.scoring.eval;

import com.clearance.domain.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation: a confusion matrix per clause, the evidence hit rate over correct non-missing
 * findings, and every disagreement (document, clause, expected, predicted) for a reader to inspect.
 */
public final class EvalReport {

    public static final List<String> CORE = List.of("training-use", "model-substitution", "data-residency");

    /** A disagreement; {@code labelNote} is the labeller's reason (null when the label set gives none). */
    public record Miss(String document, String clause, Status expected, Status predicted, String rationale,
                       String labelNote) {
    }

    /** A correct finding whose evidence does not include the labelled deciding sentence. */
    public record EvidenceMiss(String document, String clause, String labelledSection, List<String> evidenceSections) {
    }

    private final List<EvidenceMiss> evidenceMisses = new ArrayList<>();
    private final Map<String, Confusion> byClause = new LinkedHashMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private int evidenceChecked;
    private int evidenceHit;

    public void record(String document, String clause, Status expected, Status predicted, String rationale) {
        record(document, clause, expected, predicted, rationale, null);
    }

    public void record(String document, String clause, Status expected, Status predicted, String rationale,
                       String labelNote) {
        byClause.computeIfAbsent(clause, k -> new Confusion()).add(expected, predicted);
        if (expected != predicted) misses.add(new Miss(document, clause, expected, predicted, rationale, labelNote));
    }

    public void recordEvidence(boolean hit) {
        evidenceChecked++;
        if (hit) evidenceHit++;
    }

    public void recordEvidenceMiss(EvidenceMiss miss) {
        evidenceMisses.add(miss);
    }

    public List<EvidenceMiss> evidenceMisses() {
        return evidenceMisses;
    }

    public void recordUnreadable(String message) {
        unreadable.add(message);
    }

    public Map<String, Confusion> byClause() {
        return byClause;
    }

    public List<Miss> misses() {
        return misses;
    }

    public List<String> unreadable() {
        return unreadable;
    }

    /** All clauses' decisions pooled, or only the given clause ids. */
    public Confusion pooled(List<String> clauses) {
        Confusion c = new Confusion();
        byClause.forEach((id, conf) -> {
            if (clauses == null || clauses.contains(id)) c.addAll(conf);
        });
        return c;
    }

    /** Mean of the per-clause macro-F1 values over the given clauses (null: all) that were labelled. */
    public double meanClauseMacroF1(List<String> clauses) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Confusion> e : byClause.entrySet()) {
            if (clauses == null || clauses.contains(e.getKey())) {
                sum += e.getValue().macroF1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public int evidenceChecked() {
        return evidenceChecked;
    }

    public double evidenceHitRate() {
        return evidenceChecked == 0 ? 0 : (double) evidenceHit / evidenceChecked;
    }
}

package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.text.VersionStampReader;
import com.clearance.text.WordDiff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two audited versions of one vendor's terms clause by clause. A deciding sentence of either version is
 * paired with the most similar sentence of the other (at least {@value #COUNTERPART} of their words shared); without
 * one it is reported as added or dropped.
 */
public final class VersionDiffService {

    static final double COUNTERPART = 0.45;

    private VersionDiffService() {
    }

    public static VersionDiff compare(ContractDocument olderDoc, AuditResult older, ContractDocument newerDoc,
                                      AuditResult newer, Map<String, String> titles) {
        List<VersionDiff.ClauseDiff> clauses = new ArrayList<>();
        int unchanged = 0;
        for (Finding before : older.findings()) {
            Finding after = newer.finding(before.clauseId());
            if (after == null) {
                continue;
            }
            List<VersionDiff.Wording> wordings = wordings(before, olderDoc, after, newerDoc);
            ClauseMovement.Direction direction = ClauseMovement.between(before.status(), after.status());
            if (direction == ClauseMovement.Direction.UNCHANGED && before.status() == after.status() && wordings.isEmpty()) {
                unchanged++;
                continue;
            }
            clauses.add(new VersionDiff.ClauseDiff(before.clauseId(), titles.getOrDefault(before.clauseId(),
                    before.clauseId()), before.status(), after.status(), direction, wordings));
        }
        return new VersionDiff(olderDoc.name(), newerDoc.name(), older.score(), newer.score(), clauses, unchanged,
                VersionStampReader.read(olderDoc.text()), VersionStampReader.read(newerDoc.text()));
    }

    private static List<VersionDiff.Wording> wordings(Finding before, ContractDocument olderDoc, Finding after,
                                                      ContractDocument newerDoc) {
        Set<String> seen = new LinkedHashSet<>();
        List<VersionDiff.Wording> out = new ArrayList<>();
        for (Evidence e : before.evidence()) {
            String counterpart = counterpart(e.text(), candidates(after, newerDoc));
            add(out, seen, e.text(), counterpart);
        }
        for (Evidence e : after.evidence()) {
            String counterpart = counterpart(e.text(), candidates(before, olderDoc));
            add(out, seen, counterpart, e.text());
        }
        return out;
    }

    private static void add(List<VersionDiff.Wording> out, Set<String> seen, String before, String after) {
        if (before != null && before.equals(after)) {
            return; // the same wording in both versions
        }
        if (!seen.add(before + "\u0000" + after)) {
            return;
        }
        List<WordDiff.Piece> words = before == null || after == null ? List.of() : WordDiff.words(before, after);
        out.add(new VersionDiff.Wording(before, after, words));
    }

    /** The other version's deciding sentences for the clause first, then all its sentences. */
    private static List<String> candidates(Finding other, ContractDocument otherDoc) {
        List<String> out = new ArrayList<>();
        other.evidence().forEach(e -> out.add(e.text()));
        otherDoc.sentences().forEach(s -> out.add(s.text()));
        return out;
    }

    private static String counterpart(String sentence, List<String> candidates) {
        String best = null;
        double bestScore = COUNTERPART;
        for (String candidate : candidates) {
            if (candidate.equals(sentence)) {
                return candidate;
            }
            double score = WordDiff.similarity(sentence, candidate);
            if (score > bestScore || (best == null && score >= bestScore)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }
}

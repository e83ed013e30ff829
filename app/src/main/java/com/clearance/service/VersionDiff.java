package com.clearance.service;

import com.clearance.domain.Status;
import com.clearance.domain.VersionStamp;
import com.clearance.text.WordDiff;

import java.util.List;

/**
 * What changed between two versions of a vendor's terms: per clause whose status moved or whose deciding wording
 * changed, the statuses and which way they moved, and each deciding sentence beside its counterpart in the other
 * version with the word-level difference; and the date and version each document states about itself.
 */
public record VersionDiff(String older, String newer, int olderScore, int newerScore, List<ClauseDiff> clauses,
                          int unchangedClauses, VersionStamp olderStamp, VersionStamp newerStamp) {

    public VersionDiff {
        clauses = List.copyOf(clauses);
        olderStamp = olderStamp == null ? VersionStamp.NONE : olderStamp;
        newerStamp = newerStamp == null ? VersionStamp.NONE : newerStamp;
    }

    public VersionDiff(String older, String newer, int olderScore, int newerScore, List<ClauseDiff> clauses,
                       int unchangedClauses) {
        this(older, newer, olderScore, newerScore, clauses, unchangedClauses, VersionStamp.NONE, VersionStamp.NONE);
    }

    /** One clause across the two versions. */
    public record ClauseDiff(String clauseId, String title, Status before, Status after,
                             ClauseMovement.Direction direction, List<Wording> wordings) {
        public ClauseDiff {
            wordings = List.copyOf(wordings);
        }
    }

    /**
     * A deciding sentence and its counterpart: {@code before} null when the sentence is new, {@code after} null when
     * the newer version no longer has it; {@code words} the difference between the two (empty when one is missing).
     */
    public record Wording(String before, String after, List<WordDiff.Piece> words) {
        public Wording {
            words = List.copyOf(words);
        }
    }
}

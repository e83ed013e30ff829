package com.clearance.domain;

/**
 * Hears how one long piece of work (reading a file, structuring it, judging its clauses) is getting on, between its
 * steps. The caller's implementation may throw {@link WorkCancelledException} to stop the work there: that is how a
 * cancel reaches code deep in a PDF reader or the audit engine without those knowing about buttons.
 */
@FunctionalInterface
public interface WorkProgress {

    /** Where the work is: a stage in a few words ("reading page"), {@code done} of {@code total} steps. */
    void step(String stage, int done, int total);

    WorkProgress NONE = (stage, done, total) -> { };
}

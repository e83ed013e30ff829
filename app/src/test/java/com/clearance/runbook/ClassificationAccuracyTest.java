package com.clearance.runbook;

import com.clearance.library.ChecklistLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards classification quality on our labelled fixtures. The tuned set was used to write the signals; the held-out
 * set was written at the same time and never tuned on, so its figures estimate accuracy on unseen tickets.
 */
class ClassificationAccuracyTest {

    @Test
    void tunedSetStaysAboveItsFloor() throws Exception {
        RunbookTemplate template = ChecklistLoader.fromClasspath().load("first-100-tickets");
        ClassificationReport r = FixtureTickets.evaluate(template,
                FixtureTickets.tickets("jira-tuned.csv", "zendesk-tuned.csv"), FixtureTickets.labels("labels-tuned.csv"));
        System.out.printf("tuned: n=%d accuracy=%.3f macroF1=%.3f%n", r.total(), r.accuracy(), r.macroF1());
        r.mistakes().forEach(m -> System.out.println("  " + m));
        assertThat(r.total()).isGreaterThanOrEqualTo(150);
        assertThat(r.accuracy()).isGreaterThanOrEqualTo(TUNED_ACCURACY_FLOOR);
        assertThat(r.macroF1()).isGreaterThanOrEqualTo(TUNED_MACRO_F1_FLOOR);
    }

    @Test
    void heldOutSetMeetsTheTargets() throws Exception {
        RunbookTemplate template = ChecklistLoader.fromClasspath().load("first-100-tickets");
        ClassificationReport r = FixtureTickets.evaluate(template,
                FixtureTickets.tickets("jira-heldout.csv", "zendesk-heldout.csv"), FixtureTickets.labels("labels-heldout.csv"));
        // figures only: the mistakes are not printed so that nobody tunes on them
        System.out.printf("held-out: n=%d accuracy=%.3f macroF1=%.3f%n", r.total(), r.accuracy(), r.macroF1());
        assertThat(r.accuracy()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.macroF1()).isGreaterThanOrEqualTo(0.75);
    }

    private static final double TUNED_ACCURACY_FLOOR = 0.90;
    private static final double TUNED_MACRO_F1_FLOOR = 0.88;
}

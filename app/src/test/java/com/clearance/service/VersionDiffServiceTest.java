package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import com.clearance.text.WordDiff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Version comparison over hand-made findings: no engine involved. */
class VersionDiffServiceTest {

    private static final String OLD_TRAINING = "Provider may use Customer Content to train and improve its models.";
    private static final String NEW_TRAINING = "Provider will not use Customer Content to train its models.";
    private static final String NOTICE = "Provider will post notices on its website.";

    private static ContractDocument doc(String name, String... sentences) {
        List<Sentence> list = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < sentences.length; i++) {
            list.add(new Sentence(i, sentences[i], at, at + sentences[i].length(), 1, List.of("1")));
            at += sentences[i].length() + 2;
        }
        return new ContractDocument(name, DocumentFormat.TEXT, "sha-" + name, String.join("\n\n", sentences),
                List.of(), List.of(), list, List.of(), List.of());
    }

    private static Evidence ev(String text, Status s) {
        return new Evidence(text, 1, "1", 0, text.length(), s);
    }

    @Test
    void aClauseThatMovedShowsItsDirectionAndTheWordingPairedWithItsCounterpart() {
        ContractDocument older = doc("v1.md", OLD_TRAINING, NOTICE);
        ContractDocument newer = doc("v2.md", NEW_TRAINING, NOTICE);
        AuditResult a = new AuditResult("v1.md", "x", 1, 10, "", "t", List.of(
                new Finding("training-use", Status.ADVERSE, List.of(ev(OLD_TRAINING, Status.ADVERSE)), "", null, null),
                new Finding("notice-channel", Status.WEAK, List.of(ev(NOTICE, Status.WEAK)), "", null, null)));
        AuditResult b = new AuditResult("v2.md", "y", 1, 60, "", "t", List.of(
                new Finding("training-use", Status.PROTECTIVE, List.of(ev(NEW_TRAINING, Status.PROTECTIVE)), "", null, null),
                new Finding("notice-channel", Status.WEAK, List.of(ev(NOTICE, Status.WEAK)), "", null, null)));

        VersionDiff diff = VersionDiffService.compare(older, a, newer, b, Map.of("training-use", "Training"));

        assertThat(diff.unchangedClauses()).isEqualTo(1);
        assertThat(diff.clauses()).singleElement().satisfies(c -> {
            assertThat(c.clauseId()).isEqualTo("training-use");
            assertThat(c.title()).isEqualTo("Training");
            assertThat(c.direction()).isEqualTo(ClauseMovement.Direction.BETTER);
            assertThat(c.wordings()).singleElement().satisfies(w -> {
                assertThat(w.before()).isEqualTo(OLD_TRAINING);
                assertThat(w.after()).isEqualTo(NEW_TRAINING);
                assertThat(w.words()).contains(new WordDiff.Piece(WordDiff.Op.REMOVED, "may"),
                        new WordDiff.Piece(WordDiff.Op.ADDED, "will not"));
            });
        });
    }

    @Test
    void aSentenceWithNoCounterpartIsReportedOnItsOwnSide() {
        ContractDocument older = doc("v1.md", NOTICE);
        ContractDocument newer = doc("v2.md", NOTICE, "Customer may export all of its data in a standard format at any time.");
        AuditResult a = new AuditResult("v1.md", "x", 1, 10, "", "t", List.of(
                new Finding("exit-portability", Status.MISSING, List.of(), "", null, null)));
        AuditResult b = new AuditResult("v2.md", "y", 1, 20, "", "t", List.of(
                new Finding("exit-portability", Status.PROTECTIVE,
                        List.of(ev("Customer may export all of its data in a standard format at any time.", Status.PROTECTIVE)),
                        "", null, null)));
        VersionDiff diff = VersionDiffService.compare(older, a, newer, b, Map.of());
        assertThat(diff.clauses().get(0).direction()).isEqualTo(ClauseMovement.Direction.BETTER);
        assertThat(diff.clauses().get(0).wordings()).singleElement().satisfies(w -> {
            assertThat(w.before()).isNull();
            assertThat(w.after()).startsWith("Customer may export");
        });
    }

    @Test
    void eachVersionCarriesTheDateAndVersionItsOwnTextStates() {
        ContractDocument older = doc("v1.md", "Acme Terms. Effective Date: March 3, 2025.", NOTICE);
        ContractDocument newer = doc("v2.md", "Acme Terms, Version 4.2. Last updated: 9 October 2025.", NOTICE);
        AuditResult a = new AuditResult("v1.md", "x", 1, 10, "", "t", List.of());
        AuditResult b = new AuditResult("v2.md", "y", 1, 10, "", "t", List.of());
        VersionDiff diff = VersionDiffService.compare(older, a, newer, b, Map.of());
        assertThat(diff.olderStamp().effective()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
        assertThat(diff.newerStamp().label()).isEqualTo("updated 9 Oct 2025 \u00B7 version 4.2");
    }
}

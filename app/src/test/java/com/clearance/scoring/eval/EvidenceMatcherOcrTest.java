package com.clearance.scoring.eval;

import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A deciding sentence read by OCR still counts with a misread word; typed text is matched as strictly as before. */
class EvidenceMatcherOcrTest {

    private static final ClauseLabel LABEL = new ClauseLabel(Status.PROTECTIVE, null, null,
            "Provider shall not use Customer Inputs or Outputs to train, fine-tune or improve any model.");
    private static final String MISREAD = "Provider shall not use Customer lnputs or Outputs to train, fine-tune or"
            + " improve any mode!.";

    private static Sentence sentence(String text, Double ocr) {
        return new Sentence(0, text, 0, text.length(), 1, List.of("2.4"), List.of(), ocr);
    }

    @Test
    void aMisreadWordInAnOcrSentenceStillMatches() {
        assertThat(EvidenceMatcher.matches(LABEL, sentence(MISREAD, 88.0))).isTrue();
    }

    @Test
    void theSameMisreadingInTypedTextDoesNot() {
        assertThat(EvidenceMatcher.matches(LABEL, sentence(MISREAD, null))).isFalse();
    }

    @Test
    void anOcrSentenceThatSaysSomethingElseDoesNotMatch() {
        assertThat(EvidenceMatcher.matches(LABEL, sentence("Provider may use Customer Data to improve its services and"
                + " train new models at any time.", 90.0))).isFalse();
    }
}

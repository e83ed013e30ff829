package com.clearance.scoring.eval;

import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceMatcherTest {

    private static boolean matches(String labelledSection, String... path) {
        ClauseLabel label = new ClauseLabel(Status.WEAK, labelledSection, null, null);
        return EvidenceMatcher.matches(label, new Sentence(0, "Some clause text.", 0, 17, 1, List.of(path)));
    }

    @Test
    void aBracketedSubClauseIsTheSameCitationAsADottedOne() {
        assertThat(matches("9.v", "9", "9(v)")).isTrue();
        assertThat(matches("7.ii.b", "7", "7(ii)", "7(ii)(b)")).isTrue();
        assertThat(matches("9(v)", "9", "9(v)")).isTrue();
    }

    @Test
    void aCitationMatchesItsOwnPartsButNotALongerNumberOrNumeral() {
        assertThat(matches("3.2", "3", "3.2(b)")).isTrue();
        assertThat(matches("3.2", "3", "3.21")).isFalse();
        assertThat(matches("12.i", "12", "12(ii)")).isFalse();
        assertThat(matches("Indemnity.", "User Obligations", "Indemnity")).isTrue();
    }
}

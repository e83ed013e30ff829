package com.clearance.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, 0, text.length()).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The vendor is Acme Inc. and it provides the Services.",
            "The vendor is Acme Ltd. Of London, a company in good standing.",
            "Payments go to Acme Co. Limited within thirty days.",
            "Data stays in the U.S. Or the U.K. at all times.",
            "Customer may submit inputs, e.g. Documents and images, to the Services.",
            "Customer may submit inputs, i.e. Prompts, to the Services.",
            "Documents, images, etc. Are covered by this clause.",
            "See invoice No. 5 for the amounts due.",
            "As set out in Sec. 4 of the Order Form, fees are fixed.",
            "As set out in Art. 3 of the Regulation, data is protected.",
            "The case Smith v. Jones decided the point.",
            "The letter was signed by J. Smith on behalf of the Provider.",
            "Fees rise by 1.5 percent each year on the anniversary.",
            "The Provider shall (a) host the data; (b) back it up; and (c) delete it on request.",
            "The Services include: 1. Hosting; 2. Support; and 3. Training.",
            "Acme Corp. Shall indemnify the Customer against third-party claims."})
    void abbreviationAndNumberTrapsDoNotCutTheSentence(String sentence) {
        assertThat(split(sentence)).containsExactly(sentence);
    }

    @Test
    void plainSentencesAreCut() {
        assertThat(split("Provider hosts the data. Customer pays the fees! Is that all? Yes."))
                .containsExactly("Provider hosts the data.", "Customer pays the fees!", "Is that all?", "Yes.");
    }

    @Test
    void sectionReferenceAtTheEndOfASentenceEndsIt() {
        assertThat(split("Notice is given under Section 2.3. The Customer may then object."))
                .containsExactly("Notice is given under Section 2.3.", "The Customer may then object.");
    }

    @Test
    void exhibitLetterEndsASentenceButAnInitialDoesNot() {
        assertThat(split("Subprocessors are listed in Exhibit A. The list may change."))
                .containsExactly("Subprocessors are listed in Exhibit A.", "The list may change.");
    }

    @Test
    void closingQuoteAndBracketStayWithTheirSentence() {
        assertThat(split("This is the \"Agreement.\" Next comes the rest. (It is short.) Done."))
                .containsExactly("This is the \"Agreement.\"", "Next comes the rest.", "(It is short.)", "Done.");
    }

    @Test
    void lowerCaseContinuationIsNotANewSentence() {
        assertThat(split("The fee is 5 p.m. on Fridays. Then it stops.")).hasSize(2);
    }

    @Test
    void semicolonListStaysOneSentence() {
        String list = "Customer shall not: (a) resell the Services; (b) reverse engineer the models; "
                + "(c) use Outputs to build a competing model; or (d) remove notices.";
        assertThat(split(list)).containsExactly(list);
    }

    @Test
    void overLongSentenceIsCutAtSemicolons() {
        StringBuilder text = new StringBuilder("Provider shall");
        for (int i = 0; i < 60; i++) {
            text.append(" keep record number ").append(i).append(" of the processing activities in a safe place;");
        }
        text.append(" and report.");
        List<String> parts = split(text.toString());
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
        assertThat(String.join(" ", parts)).isEqualTo(text.toString());
    }

    @Test
    void offsetsPointIntoTheGivenRange() {
        String text = "IGNORED. First one. Second one.";
        List<int[]> ranges = splitter.split(text, 9, text.length());
        assertThat(ranges).hasSize(2);
        assertThat(text.substring(ranges.get(0)[0], ranges.get(0)[1])).isEqualTo("First one.");
        assertThat(ranges.get(1)[1]).isEqualTo(text.length());
    }
}

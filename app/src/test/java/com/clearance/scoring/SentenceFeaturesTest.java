package com.clearance.scoring;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature extractor with the shipped vocabulary: modality, double negation, opt-in/out, scope, distractors. */
class SentenceFeaturesTest {

    static ClauseLibrary library;
    static ConceptIndex index;

    @BeforeAll
    static void load() throws Exception {
        library = TestDocs.shippedLibrary();
        index = ConceptIndex.compile(library.vocabulary().concepts());
    }

    static SentenceFeatures f(String s) {
        return new SentenceFeatures(TextNormalizer.normalize(s), index, null);
    }

    @Test
    void negationsAreProhibitions() {
        assertThat(f("Provider shall not use Customer Data to train models.").modality()).isEqualTo(Modality.PROHIBITION);
        assertThat(f("We never use your prompts for training.").modality()).isEqualTo(Modality.PROHIBITION);
        assertThat(f("We don’t train on your content.").modality()).isEqualTo(Modality.PROHIBITION);
        assertThat(f("No Customer Data will be used to train any model.").modality()).isEqualTo(Modality.PROHIBITION);
    }

    @Test
    void grantsArePermissions() {
        assertThat(f("Provider may use Inputs to improve its models.").modality()).isEqualTo(Modality.PERMISSION);
        assertThat(f("Customer grants Provider a worldwide licence to use Outputs.").modality()).isEqualTo(Modality.PERMISSION);
        assertThat(f("Provider reserves the right to modify the models.").modality()).isEqualTo(Modality.PERMISSION);
    }

    @Test
    void doubleNegationGrants() {
        SentenceFeatures s = f("Nothing herein restricts Provider from using Usage Data and Outputs to improve its models.");
        assertThat(s.modality()).isEqualTo(Modality.PERMISSION);
        assertThat(s.has("permission")).isTrue();
        assertThat(s.has("prohibition")).isFalse();
    }

    @Test
    void optInAndOptOut() {
        assertThat(f("unless you opt in to model improvement").hitsConcept("opt-in")).isTrue();
        assertThat(f("You may opt out of training in your account settings").hitsConcept("opt-out")).isTrue();
        assertThat(f("You can switch this off at any time").hitsConcept("opt-out")).isTrue();
        assertThat(f("only with Customer's prior written consent").hitsConcept("opt-in")).isTrue();
        assertThat(f("You may opt out of training").hitsConcept("opt-in")).isFalse();
    }

    @Test
    void scopeNarrowersAndEffortWords() {
        assertThat(f("will not train its foundation models").hitsConcept("model-narrower")).isTrue();
        assertThat(f("aggregated and de-identified data").hitsConcept("deidentified")).isTrue();
        assertThat(f("commercially reasonable efforts").hitsConcept("effort")).isTrue();
        assertThat(f("where available").hitsConcept("effort")).isTrue();
        assertThat(f("by posting on our website").hitsConcept("website-posting")).isTrue();
        assertThat(f("at its sole discretion").hitsConcept("discretion")).isTrue();
    }

    @Test
    void distractorsAreRecognised() {
        assertThat(f("All personnel receive annual security awareness training.").hitsConcept("staff-training")).isTrue();
        assertThat(f("The pricing model is set out in the Order Form.").hitsConcept("model-distractor")).isTrue();
        assertThat(f("Transfers rely on the EU model clauses.").hitsConcept("model-distractor")).isTrue();
        assertThat(f("Provider may substitute personnel of equal skill.").hitsConcept("model-distractor")).isTrue();
        assertThat(f("Reseller's sales territory is Europe.").hitsConcept("sales-distractor")).isTrue();
    }

    @Test
    void durationsAndWordBoundaries() {
        assertThat(f("within seventy-two (72) hours").durationsHours()).containsExactly(72.0);
        assertThat(f("retrain the parser").hitsConcept("customer-content")).isFalse();
        assertThat(f("Customer Data").hitsConcept("customer-content")).isTrue();
    }
}

package com.clearance.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. Definitions                         | 1         | DOTTED",
            "2.3 Provider shall host the data.      | 2.3       | DOTTED",
            "2.3. Data Use. Provider shall not.     | 2.3       | DOTTED",
            "4.2.1 \"Inputs\" means prompts.        | 4.2.1     | DOTTED",
            "A.1. Overview. Subject to these Terms  | A.1       | DOTTED",
            "Section 7 Term and Termination         | Section 7 | DOTTED",
            "SECTION 7. TERM                        | SECTION 7 | DOTTED",
            "Article IV - Confidentiality           | Article IV | ARTICLE",
            "ARTICLE 4                              | ARTICLE 4 | ARTICLE",
            "Schedule 2 Service Levels              | Schedule 2 | ATTACHMENT",
            "Exhibit A                              | Exhibit A | ATTACHMENT",
            "Annex 1: Security Measures             | Annex 1   | ATTACHMENT",
            "Appendix B                             | Appendix B | ATTACHMENT",
            "(b) use the Services to compete;       | (b)       | SUBCLAUSE",
            "(iv) with written consent              | (iv)      | SUBCLAUSE",
            "a. Provisioning. To provision ...      | (a)       | SUBCLAUSE",
            "5.CONFIDENTIALITY.                     | 5         | DOTTED",
            "I.2.a. Each party may terminate.       | I.2.a     | DOTTED",
            "C.1.a.ii. This Addendum applies.       | C.1.a.ii  | DOTTED"})
    void readsNumberingAsPrinted(String text, String label, NumberKind kind) {
        var numbering = NumberingParser.parse(text.strip(), false);
        assertThat(numbering).isPresent();
        assertThat(numbering.get().label()).isEqualTo(label);
        assertThat(numbering.get().kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1.5 million dollars are payable.",
            "2.5% of the fees are credited.",
            "$1.5 million is the cap.",
            "2026. The year the terms changed.",
            "3 months after termination, data is deleted.",
            "Section 7 of the Agreement survives termination.",
            "Schedule 2 sets out the service levels.",
            "A. Smith signs for the Provider.",
            "12/31/2026 is the end date.",
            "(60) days after notice, the licence ends.",
            "(425) 555-0100 is the support line.",
            "The Provider shall host the data."})
    void amountsDatesAndCrossReferencesAreNotNumbering(String text) {
        assertThat(NumberingParser.parse(text, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3. Customer Data   | 3",
            "1 Definitions      | 1",
            "A. Services        | A"})
    void headingsMayCarryABareNumber(String text, String label) {
        assertThat(NumberingParser.parse(text.strip(), true)).get().extracting(Numbering::label).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A Note on Privacy", "2026 Updates", "Customer Data"})
    void headingWithoutNumberIsUnnumbered(String text) {
        assertThat(NumberingParser.parse(text, true)).isEmpty();
    }
}

package com.clearance.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationParserTest {

    private static java.util.List<Double> h(String s) {
        return DurationParser.hours(TextNormalizer.normalize(s));
    }

    @Test
    void wordsWithDigitsInBracketsUseTheDigits() {
        assertThat(h("on not less than ninety (90) days' notice")).containsExactly(90.0 * 24);
    }

    @Test
    void wordsDigitsAndUnits() {
        assertThat(h("within 72 hours")).containsExactly(72.0);
        assertThat(h("for six months")).containsExactly(6.0 * 720);
        assertThat(h("thirty days after termination")).containsExactly(30.0 * 24);
        assertThat(h("seventy-two hours")).containsExactly(72.0);
        assertThat(h("within forty-eight (48) hours")).containsExactly(48.0);
        assertThat(h("thirty (30) calendar days")).containsExactly(720.0);
        assertThat(h("one hundred and twenty days")).containsExactly(120.0 * 24);
        assertThat(h("a 2-year period")).containsExactly(2.0 * 8760);
    }

    @Test
    void noDurationInOrdinaryNumbers() {
        assertThat(h("Section 12 applies to 3 parties")).isEmpty();
        assertThat(h("99.9% availability")).isEmpty();
    }

    @Test
    void barsParse() {
        assertThat(DurationParser.parseBar("90 days")).isEqualTo(2160.0);
        assertThat(DurationParser.parseBar("72 hours")).isEqualTo(72.0);
        assertThat(DurationParser.parseBar("soon")).isNull();
    }
}

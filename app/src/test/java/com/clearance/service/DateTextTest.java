package com.clearance.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateTextTest {

    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    @Test
    void isoIsReadInEveryLocale() {
        for (Locale l : new Locale[]{Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN}) {
            assertThat(DateText.parse("2026-11-02", l)).as(l.toString()).contains(NOV_2);
            assertThat(DateText.parse(" 2026-11-02 ", l)).contains(NOV_2);
        }
    }

    @Test
    void theLocalesOwnFormsAreRead() {
        assertThat(DateText.parse("11/2/2026", Locale.US)).contains(NOV_2);
        assertThat(DateText.parse("11/02/26", Locale.US)).contains(NOV_2);
        assertThat(DateText.parse("Nov 2, 2026", Locale.US)).contains(NOV_2);
        assertThat(DateText.parse("02/11/2026", Locale.UK)).contains(NOV_2);
        assertThat(DateText.parse("2/11/2026", Locale.UK)).contains(NOV_2);
        assertThat(DateText.parse("2 Nov 2026", Locale.UK)).contains(NOV_2);
        assertThat(DateText.parse("02.11.2026", Locale.GERMANY)).contains(NOV_2);
    }

    @Test
    void blankIsNoDateAndNonsenseIsNamed() {
        assertThat(DateText.parse("  ", Locale.US)).isEmpty();
        assertThatThrownBy(() -> DateText.parse("2026-13-45", Locale.US)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2026-13-45' is not a date; write it as 2026-11-02 or 11/2/2026");
        assertThatThrownBy(() -> DateText.parse("next tuesday", Locale.UK))
                .hasMessage("'next tuesday' is not a date; write it as 2026-11-02 or 02/11/2026");
        assertThat(DateText.readable("31/31/2026", Locale.UK)).isFalse();
        assertThat(DateText.readable("", Locale.UK)).isTrue();
    }
}

package com.clearance.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    private static final double[] LAPTOP = {0, 0, 1280, 800};

    @Test
    void aWindowSavedOnALargerScreenIsFittedOntoTheOneThereIsNow() {
        double[] fitted = WindowPlacement.fit(new double[] {160, 67, 1600, 1000}, List.of(LAPTOP));

        assertThat(fitted).containsExactly(0, 0, 1280, 800);
    }

    @Test
    void aWindowLeftOnADetachedSecondScreenComesBackToThePrimary() {
        double[] fitted = WindowPlacement.fit(new double[] {2100, 300, 1000, 700}, List.of(LAPTOP));

        assertThat(fitted).containsExactly(280, 100, 1000, 700);
    }

    @Test
    void aWindowThatFitsStaysWhereItWasOnTheScreenItIsOn() {
        double[] second = {1280, 0, 1920, 1080};
        double[] fitted = WindowPlacement.fit(new double[] {1400, 50, 1000, 700}, List.of(LAPTOP, second));

        assertThat(fitted).containsExactly(1400, 50, 1000, 700);
    }

    @Test
    void anUnplacedWindowKeepsNoPositionAndTheSizeOfThePrimaryAtMost() {
        double[] fitted = WindowPlacement.fit(new double[] {Double.NaN, Double.NaN, 1920, 1080}, List.of(LAPTOP));

        assertThat(fitted[0]).isNaN();
        assertThat(fitted[1]).isNaN();
        assertThat(fitted[2]).isEqualTo(1280);
        assertThat(fitted[3]).isEqualTo(800);
    }
}

package com.clearance.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartupBenchSuiteTest {

    @Test
    void theMedianIsTheMiddleRun() {
        assertThat(StartupBenchSuite.median(List.of(900L, 700L, 2500L))).isEqualTo(900L);
        assertThat(StartupBenchSuite.median(List.of(800L))).isEqualTo(800L);
    }
}

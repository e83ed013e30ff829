package com.clearance.scoring;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings of the status bars in CLAUSE-BARS.md beyond its settled cases, each in wording of our own, audited with the
 * shipped library; the pair of each reading shows where it stops.
 */
class BarReadingsTest {

    static AuditEngine engine;

    @BeforeAll
    static void load() {
        engine = new AuditEngine(TestDocs.shippedLibrary());
    }

    static Stream<SettledCasesTest.Case> cases() {
        return Stream.of(
                SettledCasesTest.c("liability-cap", "no responsibility for loss or disclosure of the customer's Data", Status.ADVERSE,
                        "Kestrel's total liability shall not exceed the fees paid in the prior twelve months.",
                        "Kestrel bears no responsibility for any misuse, disclosure or loss of Data."),
                SettledCasesTest.c("liability-cap", "the customer alone bears the loss of its data", Status.ADVERSE,
                        "Kestrel's total liability shall not exceed the fees paid in the prior twelve months.",
                        "You will be solely responsible for any loss of your data, however caused."),
                SettledCasesTest.c("liability-cap", "data only among the consequential losses excluded", Status.WEAK,
                        "Kestrel's total liability shall not exceed the fees paid in the prior twelve months.",
                        "Kestrel has no liability for losses (including any loss of data or profits) caused by a suspension.")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readingHolds(SettledCasesTest.Case c) {
        Finding f = SettledCasesTest.audit(engine, c);
        assertThat(f.status()).as(c + " (engine said: " + f.rationale() + ")").isEqualTo(c.expected());
    }
}

package com.clearance.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExportNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void namesCarryTheVendorWhatItIsAndTheDay() {
        assertThat(ExportNames.of("Acme", "gap-report", DAY, "pdf")).isEqualTo("Acme-gap-report-2026-12-02.pdf");
        assertThat(ExportNames.of("Globex", "gap-report", DAY, "pdf")).isNotEqualTo(ExportNames.of("Acme", "gap-report", DAY, "pdf"));
        assertThat(ExportNames.of("Acme Corp / EU", "negotiation-pack", DAY, "docx"))
                .isEqualTo("Acme-Corp-EU-negotiation-pack-2026-12-02.docx");
        assertThat(ExportNames.of("", "portfolio", DAY, "xlsx")).isEqualTo("portfolio-2026-12-02.xlsx");
        assertThat(ExportNames.of("../..", "redline", DAY, "docx")).isEqualTo("redline-2026-12-02.docx");
    }
}

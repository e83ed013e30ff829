package com.clearance.ui;

import com.clearance.domain.AuditResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit screen's banner says what a partial audit left out, from the mark the stored audit keeps. */
class PartialAuditBannerTest {

    private static AuditResult audit(String libraryVersion) {
        return new AuditResult("terms.txt", "abc", 1, 40, "", libraryVersion, List.of());
    }

    @Test
    void aPartialAuditSaysWhatWasLeftOutEvenWithoutImportWarnings() {
        assertThat(AuditViewModel.warningText(List.of(), audit("2026.11-1 (partial: left out two.yaml)")))
                .contains("Incomplete audit (left out two.yaml)").contains("cover only the rest");
        assertThat(AuditViewModel.warningText(List.of("page 3 was blank"),
                audit("2026.11-1 (partial: one not audited) (partial: left out two.yaml)")))
                .contains("Incomplete audit (one not audited; left out two.yaml)").contains("page 3 was blank");
    }

    @Test
    void aWholeAuditHasNoSuchBanner() {
        assertThat(AuditViewModel.warningText(List.of(), audit("2026.11-1"))).isEmpty();
    }
}

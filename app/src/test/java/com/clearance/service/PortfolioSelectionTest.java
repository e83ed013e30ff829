package com.clearance.service;

import com.clearance.domain.DocumentFormat;
import com.clearance.persistence.AuditSummary;
import com.clearance.persistence.ContractRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioSelectionTest {

    private static ContractOverview contract(long id, String vendor, String name, String sha, int day, boolean agreement) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z").plusSeconds(86_400L * day);
        return new ContractOverview(new ContractRecord(id, vendor, name, "/x/" + name, sha, DocumentFormat.PDF, 3, at),
                new AuditSummary(id * 10, id, 50, "v1", at, Map.of(), agreement));
    }

    @Test
    void byDefaultTheLatestVersionOfEachOnceAndNoNonAgreements() {
        List<ContractOverview> stored = List.of(
                contract(1, "Acme", "acme-terms-2025-06.pdf", "a1", 1, true),
                contract(2, "Acme", "acme-terms-2025-10.pdf", "a2", 2, true),
                contract(3, "Acme", "acme-terms-2025-10.pdf", "a2", 3, true),   // the same file again
                contract(4, "Acme", "acme-dpa-2025-01.pdf", "a3", 1, true),     // another contract of the vendor
                contract(5, "Globex", "globex-msa.docx", "g1", 1, true),
                contract(6, "Note", "note.txt", "n1", 1, false),                // kept although not an agreement
                contract(7, "Zoom", "zoom-terms-2023-08-11-current.md", "z1", 1, true),
                contract(8, "Zoom", "zoom-terms-2023-07-27-adverse.md", "z2", 5, true));

        assertThat(PortfolioSelection.defaults(stored)).containsExactly(3L, 4L, 5L, 7L);
        List<PortfolioSelection.Choice> choices = PortfolioSelection.choices(stored);
        assertThat(choices).hasSize(8);
        assertThat(choices.get(0).whyNot()).isEqualTo("an older version of acme-terms-2025-10.pdf");
        assertThat(choices.get(1).whyNot()).isEqualTo("the same file imported again");
        assertThat(choices.get(5).whyNot()).isEqualTo("does not look like an agreement");
        assertThat(choices.get(7).whyNot()).isEqualTo("an older version of zoom-terms-2023-08-11-current.md");
    }
}

package com.clearance.app;

import com.clearance.domain.DecisionKind;
import com.clearance.service.SampleContract;
import com.clearance.service.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workbench's exports: a stored audit plus its decisions through the real exporters. */
class ContractReportsTest {

    @Test
    void exportsTheGapReportNegotiationPackAndPortfolioOfStoredAudits(@TempDir Path dir) throws Exception {
        try (Workbench wb = WorkbenchAssembly.open(dir, dir.resolve("db"), null)) {
            long id = wb.contracts().openSample(dir);
            wb.decisions().record(id, "training-use", DecisionKind.NEGOTIATE, "Ask for opt-in", "Dana");

            wb.reports().gapReport(id, "Dana", dir.resolve("gap.pdf"));
            wb.reports().negotiationPack(id, "Dana", dir.resolve("pack.docx"));
            wb.reports().portfolio(List.of(id), "Dana", dir.resolve("portfolio.xlsx"));

            assertThat(new String(Files.readAllBytes(dir.resolve("gap.pdf")), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
            assertThat(Files.readAllBytes(dir.resolve("pack.docx"))).startsWith('P', 'K');
            assertThat(Files.readAllBytes(dir.resolve("portfolio.xlsx"))).startsWith('P', 'K');
            assertThatThrownBy(() -> wb.reports().gapReport(id + 999, "Dana", dir.resolve("none.pdf")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no longer in the database");
            assertThat(Files.exists(dir.resolve("none.pdf"))).isFalse();
        }
    }
}

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
    void exportsTheGapReportNegotiationPackRedlineAndPortfolioOfStoredAudits(@TempDir Path dir) throws Exception {
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
            wb.reports().redline(id, "Dana", dir.resolve("redline.docx"));
            try (var in = Files.newInputStream(dir.resolve("redline.docx"));
                 var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                // decisions were recorded: only the clause marked to negotiate is redlined, with the reviewer's note
                assertThat(doc.getComments()).hasSize(1);
                assertThat(doc.getComments()[0].getText()).contains("Ask for opt-in");
                assertThat(doc.getComments()[0].getAuthor()).isEqualTo("Dana");
                assertThat(doc.getDocument().xmlText()).contains("<w:ins ", "w:author=\"Dana\"");
            }
            assertThatThrownBy(() -> wb.reports().gapReport(id + 999, "Dana", dir.resolve("none.pdf")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no longer in the database");
            assertThat(Files.exists(dir.resolve("none.pdf"))).isFalse();
        }
    }
}

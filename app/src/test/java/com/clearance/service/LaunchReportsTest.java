package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.library.ChecklistLoader;
import com.clearance.persistence.Database;
import com.clearance.report.ClauseCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window's readiness export: the launch as LaunchService sees it, written as a PDF only when complete. */
class LaunchReportsTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReadinessPdfOfALaunchWithItsLinkedContractRisks() throws Exception {
        AuditResult weak = new AuditResult("acme.txt", "sha", 1, 0, "", "v1",
                List.of(new Finding("training-use", Status.WEAK, List.of(), "opt-out only", null, null)));
        try (Database db = Database.open(dir.resolve("store"))) {
            LaunchService launches = new LaunchService(db, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                    id -> id.equals("7") ? Optional.of(weak) : Optional.empty(), Clock.systemUTC());
            launches.create("inbox", "Inbox assistant", LocalDate.of(2026, 3, 2), null, List.of());
            launches.linkContract("inbox", "7");
            LaunchReports reports = new LaunchReports(launches,
                    () -> new ReportService(ReportService.templates(null), new ClauseCatalog(List.of())));

            Path pdf = dir.resolve("out").resolve("inbox-readiness.pdf");
            Files.createDirectories(pdf.getParent());
            reports.readinessReport("inbox", LocalDate.of(2026, 3, 18), pdf);

            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("inbox").contains("training-use");
                String flat = text.replaceAll("\\s+", " ");
                assertThat(flat).contains("training-use is weak").doesNotContain("opt-out only"); // rationale stays in the gap report
            }
            assertThat(Files.list(pdf.getParent())).containsExactly(pdf); // no temp file left behind
            assertThatThrownBy(() -> reports.readinessReport("nope", LocalDate.now(), dir.resolve("x.pdf")))
                    .isInstanceOf(LaunchException.class);
            assertThat(dir.resolve("x.pdf")).doesNotExist();
        }
    }
}

package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.report.AuditedContract;
import com.clearance.report.ReportContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three contract reports made from real documents in ../shared/corpus, reopened and checked for content. */
class ReportServiceCorpusTest {

    private static final String[] DOCUMENTS = {"openai-services-agreement-2026-01.md", "mistral-commercial-terms-2026-08.md",
            "zoom-terms-of-service-2023-07-27-adverse.md"};

    @Test
    void gapNegotiationAndPortfolioFromCorpusDocuments(@TempDir Path dir) throws Exception {
        Path corpus = Path.of(System.getProperty("clearance.shared", "../shared")).resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "shared corpus not present at " + corpus + "; skipping");
        AuditService audit = new AuditService(AuditService.loadLibrary(null).library());
        ReportService reports = new ReportService(ReportService.templates(null), ReportService.catalog(audit.library()));
        List<AuditedContract> contracts = new ArrayList<>();
        for (String name : DOCUMENTS) {
            AuditResult r = audit.audit(corpus.resolve(name));
            contracts.add(new AuditedContract(r, ReportContext.of(r, "Vendor", "Reviewer", LocalDate.of(2026, 11, 26), List.of())));
        }
        AuditedContract first = contracts.get(0);

        Path pdf = dir.resolve("gap.pdf");
        reports.gapReport(first, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(first.result().score() + " out of 100", "Contract SHA-256: " + first.result().sha256(),
                    "Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages());
            for (var clause : audit.library().clauses()) {
                assertThat(text.replaceAll("\\s+", " ")).contains(clause.title());
            }
        }

        Path docx = dir.resolve("pack.docx");
        reports.negotiationPack(first, docx);
        long open = first.result().findings().stream().filter(f -> f.status() != Status.PROTECTIVE).count();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).hasSize((int) open);
            for (Finding f : first.result().findings()) {
                if (f.status() != Status.PROTECTIVE) {
                    assertThat(headings).contains(audit.library().clause(f.clauseId()).title());
                }
            }
        }

        Path xlsx = dir.resolve("portfolio.xlsx");
        reports.portfolio(contracts, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Clause matrix").getLastRowNum()).isEqualTo(DOCUMENTS.length);
            assertThat(wb.getSheet("Findings").getLastRowNum())
                    .isEqualTo(contracts.stream().mapToInt(c -> c.result().findings().size()).sum());
        }
    }
}

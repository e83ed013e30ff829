package com.clearance.report;

import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.gap.GapReportPdfExporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class GapReportPdfExporterTest {

    private static ReportTemplates templates;

    @BeforeAll
    static void load() {
        templates = ReportTemplateLoader.loadDefaults();
    }

    private static PDDocument render(AuditedContract contract) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GapReportPdfExporter(templates, ReportFixtures.catalog()).export(contract, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void coverSummaryAndFindingsCarryTheReviewFacts() throws IOException {
        try (PDDocument doc = render(ReportFixtures.contract())) {
            String cover = pageText(doc, 1);
            assertThat(cover).contains("AI Contract Gap Report", "Acme AI Ltd", "acme-ai-services-agreement.pdf",
                    "26 November 2026", "2026.11", "Jane Counsel", ReportFixtures.SHA);
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("41 out of 100", "Summary of clauses", "Training on customer data",
                    "Security incident notice", "Clauses that need attention", "Sign-off");
            // with weights known the report explains the sum itself instead of the engine's one-line explanation
            assertThat(all).doesNotContain("Weighted over 5 clauses");
            // protective clauses appear in the table but get no section of their own
            assertThat(all).doesNotContain("48 hours is within the 72-hour bar.");
            assertThat(all).contains("Thirty days' notice by website posting", "Page 7, Section 9",
                    "Provider shall not use Customer Data to train any model.", "FALLBACK POSITION",
                    "without Customer's written opt-in", "Customer Data shall be stored and processed only in the EU.",
                    "Must be fixed before signature.",
                    "Negotiate", "Waived", "Not yet decided", "The agreement contains no language on this point.",
                    "a commitment naming the regions");
            assertThat(all).contains("ninety (90) days' written notice");
            // 12 adverse (0) + 10 weak (5) + 10 missing (2.5) + 6 protective (6) + 6 weak (3) = 16.5 of 44
            assertThat(all).contains("16.5 of 44 weighted points", "protective 1, weak 0.5, missing 0.25, adverse 0");
        }
    }

    @Test
    void importWarningsAreOnTheCoverAndAWholeReadingHasNone() throws IOException {
        AuditedContract whole = ReportFixtures.contract();
        AuditedContract damaged = new AuditedContract(whole.result(), whole.context().withImportWarnings(
                java.util.List.of("pages 5, 9 could not be read: the file is damaged there")));
        try (PDDocument doc = render(damaged)) {
            assertThat(pageText(doc, 1).replaceAll("\\s+", " "))
                    .contains("READ WITH WARNINGS", "pages 5, 9 could not be read: the file is damaged there");
        }
        try (PDDocument doc = render(whole)) {
            assertThat(pageText(doc, 1)).doesNotContain("READ WITH WARNINGS");
        }
    }

    @Test
    void everyPageHasTheDigestAndPageXOfY() throws IOException {
        try (PDDocument doc = render(ReportFixtures.contract())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int p = 1; p <= pages; p++) {
                assertThat(pageText(doc, p)).contains("Contract SHA-256: " + ReportFixtures.SHA)
                        .contains("Page " + p + " of " + pages);
            }
        }
    }

    @Test
    void longQuotesWrapAndKeepEveryWord() throws IOException {
        try (PDDocument doc = render(ReportFixtures.contract())) {
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("which licence survives termination.");
            assertThat(all).contains("tool-call traces and any metadata derived from them");
        }
    }

    @Test
    void documentsWithoutPagesCiteTheSectionOnly() throws IOException {
        var r = ReportFixtures.result();
        var unpaged = new com.clearance.domain.AuditResult(r.document(), r.sha256(), 1, r.score(), "", "v", r.findings());
        try (PDDocument doc = render(new AuditedContract(unpaged, ReportFixtures.context(unpaged)))) {
            String all = new PDFTextStripper().getText(doc).replaceAll("[\\s\u00A0]+", " ");
            assertThat(all).contains("\u00A7 5.2(b)", "Section 9").doesNotContain("Page 4,", "Page 7,");
        }
    }

    @Test
    void aLogoFromTheTemplateFolderIsDrawnOnTheCover(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path repo = java.nio.file.Path.of(System.getProperty("clearance.repoRoot", ".."), "reports");
        for (String f : new String[]{"theme.yaml", "gap-report.yaml", "negotiation-pack.yaml", "portfolio.yaml", "readiness.yaml", "redline.yaml"}) {
            java.nio.file.Files.copy(repo.resolve(f), dir.resolve(f));
        }
        BufferedImage logo = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(logo, "png", dir.resolve("logo.png").toFile());
        java.nio.file.Path theme = dir.resolve("theme.yaml");
        java.nio.file.Files.writeString(theme, java.nio.file.Files.readString(theme).replace("logo: null", "logo: logo.png"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GapReportPdfExporter(ReportTemplateLoader.load(dir), ReportFixtures.catalog()).export(ReportFixtures.contract(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            var names = doc.getPage(0).getResources().getXObjectNames();
            assertThat(names).isNotEmpty();
            assertThat(doc.getPage(1).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void fontsAreEmbedded() throws IOException {
        try (PDDocument doc = render(ReportFixtures.contract())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void summaryTableRepeatsItsHeaderWhenItRunsOntoANewPage() throws IOException {
        try (PDDocument doc = render(ReportFixtures.manyClauses(50))) {
            String page2 = pageText(doc, 2);
            String page3 = pageText(doc, 3);
            assertThat(page2).contains("Summary of clauses", "Reviewer decision", "clause-1");
            assertThat(page3).doesNotContain("Summary of clauses").contains("Reviewer decision", "clause-50");
        }
    }

    @Test
    void textTheFontCannotDrawDoesNotBreakTheExport() throws IOException {
        var r = ReportFixtures.result();
        var odd = new com.clearance.domain.Finding("training-use", com.clearance.domain.Status.ADVERSE,
                java.util.List.of(new com.clearance.domain.Evidence("Tab\there, bell\u0007, emoji \uD83D\uDE00, CJK \u4E2D\u6587.",
                        1, "1", 0, 10, com.clearance.domain.Status.ADVERSE)), "odd", null, null);
        var result = new com.clearance.domain.AuditResult(r.document(), r.sha256(), 1, 10, "", "v", java.util.List.of(odd));
        try (PDDocument doc = render(new AuditedContract(result, ReportFixtures.context(result)))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tab here, bell?, emoji ?");
        }
    }

    @Test
    void aRenderedPageIsNotBlank() throws IOException {
        try (PDDocument doc = render(ReportFixtures.contract())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(1, 50);
            int inked = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        inked++;
                    }
                }
            }
            assertThat(inked).isGreaterThan(image.getWidth() * image.getHeight() / 100);
        }
    }
}

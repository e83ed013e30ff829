package com.clearance.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    /** Contract-like prose of our own; the security sentence smuggles a spreadsheet formula. */
    private static final String CONTRACT = """
            # Services Agreement

            ## 1. Customer Data

            1.1 Provider may use Customer Content, including prompts and outputs, to train and improve its models and services.

            ## 2. Security

            =HYPERLINK("http://evil.example/x","open") Provider will notify Customer of any Security Incident within 48 hours of becoming aware of it.
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ClearanceCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path contract(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), CONTRACT);
    }

    @Test
    void writesAGapReportForOneContract(@TempDir Path dir) throws IOException {
        Path file = contract(dir, "acme-services.md");
        Path pdf = dir.resolve("gap.pdf");
        assertThat(run("report", file.toString(), "--type", "gap", "--out", pdf.toString(), "--reviewer", "Jane Counsel",
                "--vendor", "Acme")).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("AI Contract Gap Report", "Acme", "acme-services.md", "Jane Counsel",
                    "Training on customer content", "Contract SHA-256:");
        }
        assertThat(out.toString()).contains("Wrote " + pdf);
    }

    @Test
    void writesANegotiationPackIntoAFolder(@TempDir Path dir) throws IOException {
        Path file = contract(dir, "acme-services.md");
        assertThat(run("report", file.toString(), "--type", "negotiation", "--out", dir.toString())).as(err.toString()).isZero();
        Path docx = dir.resolve("acme-services-negotiation-pack.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().equals("Training on customer content"));
        }
    }

    @Test
    void writesARedlineOfAMarkdownContractWithTrackedChangesAndComments(@TempDir Path dir) throws IOException {
        Path file = contract(dir, "acme-services.md");
        assertThat(run("report", file.toString(), "--type", "redline", "--out", dir.toString(), "--reviewer",
                "Jane Counsel")).as(err.toString()).isZero();
        Path docx = dir.resolve("acme-services-redline.docx");
        assertThat(out.toString()).contains("Wrote " + docx, "a DOCX of the contract's text");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String xml = doc.getDocument().xmlText();
            assertThat(xml).contains("<w:del ", "w:author=\"Jane Counsel\"", "<w:delText", "<w:ins ",
                    "commentReference");
            assertThat(doc.getComments()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getAuthor()).isEqualTo("Jane Counsel"));
            assertThat(doc.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle())
                    || "Heading2".equals(p.getStyle()));
        }
    }

    @Test
    void diffNamesTheClauseThatMovedAndQuotesBothWordings(@TempDir Path dir) throws IOException {
        Path older = contract(dir, "acme-v1.md");
        Path newer = Files.writeString(dir.resolve("acme-v2.md"), CONTRACT.replace(
                "Provider may use Customer Content, including prompts and outputs, to train and improve its models and services.",
                "Provider will not use Customer Content, including prompts and outputs, to train or improve any models.")
                + "\nLast updated: 2 February 2026\n");
        assertThat(run("diff", older.toString(), newer.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("acme-v2.md (updated 2 Feb 2026, score ");
        assertThat(out.toString()).contains("training-use", "old:", "new:",
                "to train and improve its models", "Provider will not use", "[-may-] {+will not+}");

        out.getBuffer().setLength(0);
        assertThat(run("diff", older.toString(), newer.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"updated\" : \"2026-02-02\"", "\"clause\" : \"training-use\"", "\"direction\" : ",
                "\"op\" : \"removed\"");

        Path docx = dir.resolve("v1-to-v2.docx");
        assertThat(run("diff", older.toString(), newer.toString(), "--format", "docx", "--out", docx.toString())).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getDocument().xmlText()).contains("<w:del ", "<w:ins ");
        }
        assertThat(run("diff", older.toString(), newer.toString(), "--format", "docx")).isEqualTo(2);
    }

    @Test
    void aRedlineWithDbUsesTheDecisionsRecordedInTheWindow(@TempDir Path dir) throws Exception {
        Path file = contract(dir, "acme-services.md");
        Path db = dir.resolve("team");
        try (com.clearance.service.Workbench wb = com.clearance.app.WorkbenchAssembly.open(dir, db, null)) {
            wb.contracts().importFiles(java.util.List.of(file), com.clearance.service.ProgressListener.NONE,
                    com.clearance.service.CancellationToken.none());
            long id = wb.contracts().contracts().get(0).contract().id();
            wb.decisions().record(id, "training-use", com.clearance.domain.DecisionKind.NEGOTIATE,
                    "Opt-in only, per the EU launch.", "Dana");
        }
        Path docx = dir.resolve("redline.docx");
        assertThat(run("report", file.toString(), "--type", "redline", "--out", docx.toString(), "--db", db.toString(),
                "--reviewer", "Dana")).as(err.toString()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getComments()).singleElement().satisfies(c ->
                    assertThat(c.getText()).contains("Opt-in only, per the EU launch."));
        }
    }

    @Test
    void aRedlineCoversOneContract(@TempDir Path dir) throws IOException {
        Path a = contract(dir, "a.md");
        Path b = contract(dir, "b.md");
        assertThat(run("report", a.toString(), b.toString(), "--type", "redline", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("A redline report covers one contract");
    }

    @Test
    void thePortfolioKeepsAFormulaFromTheContractAsText(@TempDir Path dir) throws IOException {
        Path a = contract(dir, "acme-services.md");
        Path b = contract(dir, "beta-services.md");
        Path xlsx = dir.resolve("portfolio.xlsx");
        assertThat(run("report", a.toString(), b.toString(), "--type", "portfolio", "--out", xlsx.toString()))
                .as(err.toString()).isZero();
        int formulaLike = 0;
        try (InputStream in = Files.newInputStream(xlsx); OpenWorkbook wb = new OpenWorkbook(new XSSFWorkbook(in))) {
            assertThat(wb.book.getSheet("Clause matrix").getLastRowNum()).isEqualTo(2);
            for (Sheet sheet : wb.book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=HYPERLINK(")) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                            formulaLike++;
                        }
                    }
                }
            }
        }
        assertThat(formulaLike).as("the =HYPERLINK sentence should be quoted as evidence").isPositive();
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws IOException {
        Path a = contract(dir, "a.md");
        assertThat(run("report", a.toString(), a.toString(), "--type", "gap", "--out", dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("covers one contract");
        assertThat(run("report", "--type", "readiness", "--out", dir.resolve("r.pdf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--launch NAME");
    }

    @Test
    void anUnreadableContractExitsThreeAndAMissingFolderExitsOne(@TempDir Path dir) throws IOException {
        assertThat(run("report", dir.resolve("missing.md").toString(), "--type", "gap", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(3);
        Path a = contract(dir, "a.md");
        assertThat(run("report", a.toString(), "--type", "gap", "--out", dir.resolve("no/such/x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void anUnknownLaunchIsAPlainError(@TempDir Path dir) {
        assertThat(run("report", "--launch", "Nope", "--type", "readiness", "--out", dir.resolve("r.pdf").toString(),
                "--db", dir.resolve("store").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No launch named 'Nope'");
        assertThat(Files.exists(dir.resolve("r.pdf"))).isFalse();
    }

    /** Closes a workbook in try-with-resources without importing Closeable plumbing into every test. */
    private record OpenWorkbook(XSSFWorkbook book) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            book.close();
        }
    }
}

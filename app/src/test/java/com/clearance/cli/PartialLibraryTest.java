package com.clearance.cli;

import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken, empty or runaway clause library never yields an ordinary-looking audit. */
class PartialLibraryTest {

    private static final String VOCAB = """
            version: "t1"
            concepts:
              cue-prohibition: ['shall not']
              cue-permission: ['may']
              cue-obligation: ['shall']
              cue-double-negation: ['nothing herein restricts']
              customer-content: ['customer data']
              train: ['train\\\\w*']
            """;

    private static String clause(String id) {
        return """
                id: %s
                title: A clause
                category: test
                weight: 2
                why: Because.
                lookedFor: a sentence on training
                signals:
                  require: [[customer-content], [train]]
                rules:
                  - when: {all: [prohibition]}
                    status: protective
                    rationale: "prohibited"
                recommendation: {preferred: "Do not train.", fallback: "Ask first."}
                """.formatted(id);
    }

    @TempDir
    Path dir;

    private String[] run(String... args) {
        CommandLine cli = new CommandLine(new ClearanceCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new String[]{String.valueOf(exit), out.toString(), err.toString()};
    }

    private Path library(boolean withDuplicate) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("_vocabulary.yaml"), VOCAB);
        Files.writeString(lib.resolve("one.yaml"), clause("one"));
        if (withDuplicate) {
            Files.writeString(lib.resolve("two.yaml"), clause("one"));
        }
        return lib;
    }

    private Path contract() throws Exception {
        return Files.writeString(dir.resolve("terms.txt"), "1. Training\nProvider shall not train on Customer Data.\n");
    }

    @Test
    void aLibraryWithErrorsIsRefusedWithTheErrorsListed() throws Exception {
        String[] r = run("audit", "--library", library(true).toString(), contract().toString());

        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).contains("error: clause library: two.yaml [id]").contains("no audit was made")
                .contains("--allow-partial-library");
    }

    @Test
    void aPartialAuditSaysWhatWasLeftOutInItsOutputAndInTheStoredAudit() throws Exception {
        Path db = dir.resolve("team");
        String[] r = run("audit", "--allow-partial-library", "--library", library(true).toString(), "--format", "json",
                "--db", db.toString(), contract().toString());

        assertThat(r[0]).isEqualTo("0");
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertThat(json.get("libraryVersion").asText()).endsWith("(partial: left out two.yaml)");
        assertThat(json.get("warnings").get(0).asText()).startsWith("partial clause library: two.yaml");
        try (Database opened = Database.open(db)) {
            long id = new ContractRepository(opened.dataSource()).findAll().get(0).id();
            assertThat(new AuditRepository(opened.dataSource()).latest(id).orElseThrow().result().libraryVersion())
                    .endsWith("(partial: left out two.yaml)");
        }
        String table = run("audit", "--allow-partial-library", "--library", library(true).toString(),
                contract().toString())[1];
        assertThat(table).contains("warning: partial clause library: two.yaml");
    }

    @Test
    void theWindowsAuditorMarksItsAuditsWhenItsLibraryHadErrors() throws Exception {
        com.clearance.service.LibraryAuditor auditor = com.clearance.service.LibraryAuditor.load(library(true));
        var document = new com.clearance.ingest.ContractReader().read(contract());

        assertThat(auditor.audit(document).libraryVersion()).endsWith("(partial: left out two.yaml)");
        assertThat(auditor.libraryVersion()).isEqualTo(auditor.audit(document).libraryVersion());
    }

    @Test
    void aWholeLibraryAuditsAsBefore() throws Exception {
        String[] r = run("audit", "--library", library(false).toString(), "--format", "json", contract().toString());

        assertThat(r[0]).isEqualTo("0");
        assertThat(new ObjectMapper().readTree(r[1]).get("libraryVersion").asText()).doesNotContain("partial");
    }

    @Test
    void anEmptyFolderIsRefusedEvenWhenPartialIsAllowed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        String[] r = run("audit", "--allow-partial-library", "--library", empty.toString(), contract().toString());

        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).contains("no clauses that load");
    }

    @Test
    void aRunawayPatternFailsValidationNamingTheFileAndThePattern() throws Exception {
        Path lib = library(false);
        Files.writeString(lib.resolve("_vocabulary.yaml"), VOCAB + "  runaway: ['(.*a){12}$']\n");

        String[] r = run("library", "validate", lib.toString());

        assertThat(r[0]).isNotEqualTo("0");
        assertThat(r[2]).contains("_vocabulary.yaml [concepts.runaway[0]]").contains("(.*a){12}$")
                .contains("can take forever");
    }

    private Path libraryWithTwoClauses(String trainPattern) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib2"));
        Files.writeString(lib.resolve("_vocabulary.yaml"), VOCAB.replace("train: ['train\\\\w*']", "")
                .replace("customer-content: ['customer data']", "customer-content: ['customer data']\n  deletion: ['delete']"));
        Files.writeString(lib.resolve("one.yaml"), clause("one") + "concepts:\n  train: ['" + trainPattern + "']\n");
        Files.writeString(lib.resolve("keep.yaml"), clause("keep").replace("[[customer-content], [train]]",
                "[[customer-content], [deletion]]"));
        return lib;
    }

    @Test
    void aPatternThatRunsOutOfTimeFailsItsClauseByNameAndTheOtherFilesGoOn() throws Exception {
        Path lib = libraryWithTwoClauses("train (\\w{1,9}\\s?){20} forbidden");
        assertThat(run("library", "validate", lib.toString())[0]).as("passes validation").isEqualTo("0");
        Path slow = Files.writeString(dir.resolve("slow.txt"), "1. Training\nProvider may train " + "a".repeat(60)
                + " on Customer Data and shall delete Customer Data.\n");

        String[] r = run("audit", "--library", lib.toString(), "--format", "json", slow.toString(),
                contract().toString());

        assertThat(r[0]).isEqualTo("3");
        assertThat(r[2]).contains("slow.txt: clause one was not audited: one.yaml: pattern 'train (\\w{1,9}\\s?){20}"
                + " forbidden' of concept 'train' took more than 1000 ms on one sentence").doesNotContain("Exception");
        String[] lines = r[1].strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("libraryVersion").asText()).endsWith("(partial: one not audited)");
        assertThat(first.get("warnings").get(0).asText()).startsWith("clause one was not audited: one.yaml");
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.get("libraryVersion").asText()).doesNotContain("partial");
    }

    @Test
    void reportRefusesALibraryWithErrorsUnlessPartialIsAllowedAndThenSaysSo() throws Exception {
        Path out = dir.resolve("pack.docx");
        String[] refused = run("report", contract().toString(), "--type", "negotiation", "--out", out.toString(),
                "--library", library(true).toString());

        assertThat(refused[0]).isEqualTo("3");
        assertThat(refused[2]).contains("error: clause library: two.yaml [id]").contains("no report was written")
                .contains("--allow-partial-library");
        assertThat(out).doesNotExist();

        String[] allowed = run("report", contract().toString(), "--type", "negotiation", "--out", out.toString(),
                "--library", library(true).toString(), "--allow-partial-library");
        assertThat(allowed[0]).isEqualTo("0");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Warning: partial clause library: two.yaml had errors and were left out");
        }
    }

    @Test
    void thePortfolioWorkbookNamesWhatAPartialAuditLeftOut() throws Exception {
        Path out = dir.resolve("portfolio.xlsx");
        String[] r = run("report", contract().toString(), "--type", "portfolio", "--out", out.toString(),
                "--library", library(true).toString(), "--allow-partial-library");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var matrix = wb.getSheetAt(0);
            var head = matrix.getRow(0);
            int last = head.getLastCellNum() - 1;
            assertThat(head.getCell(last).getStringCellValue()).isEqualTo("Clause library");
            assertThat(matrix.getRow(1).getCell(last).getStringCellValue()).endsWith("(partial: left out two.yaml)");
        }
    }

    @Test
    void aClauseThatCouldNotBeAuditedReadsNotAuditedInThePortfolioNotBlank() throws Exception {
        Path lib = libraryWithTwoClauses("train (\\w{1,9}\\s?){20} forbidden");
        Path slow = Files.writeString(dir.resolve("slow.txt"), "1. Training\nProvider may train " + "a".repeat(60)
                + " on Customer Data and shall delete Customer Data.\n");
        Path whole = contract();
        Path out = dir.resolve("portfolio.xlsx");

        run("report", slow.toString(), whole.toString(), "--type", "portfolio", "--out", out.toString(),
                "--library", lib.toString());

        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var matrix = wb.getSheetAt(0);
            int column = -1;
            for (var cell : matrix.getRow(0)) {
                if (cell.getStringCellValue().equals("A clause")) column = cell.getColumnIndex();
            }
            java.util.Map<String, String> clauseCell = new java.util.HashMap<>();
            for (int row = 1; row <= 2; row++) {
                var cell = matrix.getRow(row).getCell(column);
                clauseCell.put(matrix.getRow(row).getCell(0).getStringCellValue(), cell == null ? "" : cell.toString());
            }
            assertThat(clauseCell.get("slow.txt")).isEqualTo("not audited");
            assertThat(clauseCell.get("terms.txt")).isNotEqualTo("not audited").isNotBlank();
            java.util.Map<String, String> byContract = new java.util.HashMap<>();
            for (int row = 1; row <= 2; row++) {
                var cells = matrix.getRow(row);
                StringBuilder text = new StringBuilder();
                for (var cell : cells) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        text.append(cell.getStringCellValue()).append(" | ");
                    }
                }
                byContract.put(cells.getCell(0).getStringCellValue(), text.toString());
            }
            assertThat(column).isPositive();
            assertThat(byContract.get("slow.txt")).contains("(partial: one not audited)");
            assertThat(byContract.get("terms.txt")).doesNotContain("partial").doesNotContain("not audited");
        }
    }

    @Test
    void theRedlineCarriesACommentSayingWhatWasLeftOut() throws Exception {
        Path out = dir.resolve("redline.docx");
        String[] r = run("report", contract().toString(), "--type", "redline", "--out", out.toString(),
                "--library", library(true).toString(), "--allow-partial-library");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
            String comments = java.util.Arrays.stream(doc.getComments()).map(c -> c.getText())
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(comments).contains("Incomplete audit: clauses were left out")
                    .contains("partial clause library: two.yaml had errors and were left out");
        }
        Path whole = dir.resolve("whole.docx");
        Files.delete(dir.resolve("lib/two.yaml"));
        run("report", contract().toString(), "--type", "redline", "--out", whole.toString(),
                "--library", library(false).toString());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(whole))) {
            assertThat(doc.getComments()).as("a whole audit adds no such comment")
                    .noneMatch(c -> c.getText().contains("Incomplete audit"));
        }
    }

    @Test
    void theGapReportCoverNamesWhatWasLeftOut() throws Exception {
        Path out = dir.resolve("gap.pdf");
        String[] r = run("report", contract().toString(), "--type", "gap", "--out", out.toString(),
                "--library", library(true).toString(), "--allow-partial-library");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(cover).contains("partial: left out two.yaml").contains("two.yaml had errors and were left out");
        }
    }

    @Test
    void theComparisonSaysWhichClausesItCouldNotCompare() throws Exception {
        Path older = contract();
        Path newer = Files.writeString(dir.resolve("terms-v2.txt"), "1. Training\nProvider may train on Customer Data.\n");
        String lib = library(true).toString();

        String[] text = run("diff", older.toString(), newer.toString(), "--library", lib, "--allow-partial-library");
        String[] json = run("diff", older.toString(), newer.toString(), "--library", lib, "--allow-partial-library",
                "--format", "json");

        assertThat(text[0]).isEqualTo("0");
        assertThat(text[1]).contains("Warning: partial clause library: two.yaml had errors and were left out;"
                + " their clauses were not compared");
        JsonNode root = new ObjectMapper().readTree(json[1]);
        assertThat(root.get("libraryVersion").asText()).endsWith("(partial: left out two.yaml)");
        assertThat(root.get("warnings").get(0).asText()).startsWith("partial clause library: two.yaml");
        Files.delete(dir.resolve("lib/two.yaml"));
        String[] whole = run("diff", older.toString(), newer.toString(), "--library", library(false).toString(),
                "--format", "json");
        assertThat(new ObjectMapper().readTree(whole[1]).get("warnings")).isEmpty();
    }

    @Test
    void reportAndEvalRefuseAnEmptyLibraryEvenWhenPartialIsAllowed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path labels = Files.writeString(dir.resolve("labels.yaml"), "set: t\ndocuments:\n  - file: terms.txt\n    clauses:\n      one: {status: protective}\n");

        String[] report = run("report", contract().toString(), "--type", "gap", "--out", dir.resolve("g.pdf").toString(),
                "--library", empty.toString(), "--allow-partial-library");
        String[] eval = run("eval", dir.toString(), "--labels", labels.toString(), "--library", empty.toString(),
                "--allow-partial-library");

        assertThat(report[0]).isEqualTo("3");
        assertThat(report[2]).contains("no clauses that load");
        assertThat(dir.resolve("g.pdf")).doesNotExist();
        assertThat(eval[0]).isEqualTo("3");
        assertThat(eval[2]).contains("no clauses that load");
        assertThat(eval[1]).isEmpty();
    }

    @Test
    void evalWithAPartialLibrarySaysWhichFilesWereLeftOut() throws Exception {
        contract();
        Path labels = Files.writeString(dir.resolve("labels.yaml"), "set: t\ndocuments:\n  - file: terms.txt\n    clauses:\n      one: {status: protective}\n");

        String[] refused = run("eval", dir.toString(), "--labels", labels.toString(), "--library",
                library(true).toString());
        String[] allowed = run("eval", dir.toString(), "--labels", labels.toString(), "--library",
                library(true).toString(), "--allow-partial-library");

        assertThat(refused[0]).isEqualTo("3");
        assertThat(refused[2]).contains("two.yaml").contains("--allow-partial-library");
        assertThat(allowed[1]).startsWith("Partial clause library: two.yaml had errors and were left out");
    }
}

package com.clearance.report;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.portfolio.PortfolioXlsxExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioXlsxExporterTest {

    private static XSSFWorkbook render() throws IOException {
        AuditResult second = new AuditResult("+second-contract.md", "ab".repeat(32), 1, 90, "", "2026.11", List.of(
                new Finding("training-use", Status.PROTECTIVE, List.of(new Evidence(
                        "-Provider shall not train on Customer Data.", 1, "2", 0, 10, Status.PROTECTIVE)), "", null, null),
                new Finding("data-residency", Status.WEAK, List.of(
                        new Evidence("@mention: data stays in the EU where available.", 2, "3.1", 0, 10, Status.WEAK),
                        new Evidence("Support may access data from anywhere.", 5, "8", 0, 10, Status.WEAK)), "", null, null)));
        List<AuditedContract> contracts = List.of(ReportFixtures.contract(), new AuditedContract(second,
                new ReportContext("Beta Models Inc", second.document(), LocalDate.of(2026, 11, 20), "2026.11", "Sam",
                        second.sha256(), Map.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PortfolioXlsxExporter(ReportTemplateLoader.loadDefaults(), ReportFixtures.catalog()).export(contracts, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void matrixHasOneRowPerContractAndAColouredStatusPerClause() throws IOException {
        try (XSSFWorkbook wb = render()) {
            XSSFSheet matrix = wb.getSheet("Clause matrix");
            Row head = matrix.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Contract");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Training on customer data");
            assertThat(matrix.getRow(1).getCell(0).getStringCellValue()).isEqualTo("acme-ai-services-agreement.pdf");
            assertThat(matrix.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(41);
            XSSFCell adverse = (XSSFCell) matrix.getRow(1).getCell(3);
            assertThat(adverse.getStringCellValue()).isEqualTo("Adverse");
            assertThat(adverse.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("F6E0DE");
            assertThat(matrix.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Protective");
            // the second contract has no finding for model substitution: the cell stays empty
            assertThat(matrix.getRow(2).getCell(4)).isNull();
            assertThat(matrix.getPaneInformation().isFreezePane()).isTrue();
            assertThat(matrix.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(matrix.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void findingsSheetHasOneRowPerFindingWithEvidencePageAndDecision() throws IOException {
        try (XSSFWorkbook wb = render()) {
            XSSFSheet findings = wb.getSheet("Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(5 + 2);
            Row training = findings.getRow(1);
            assertThat(training.getCell(1).getStringCellValue()).isEqualTo("Training on customer data");
            assertThat(training.getCell(2).getStringCellValue()).isEqualTo("Adverse");
            assertThat(training.getCell(3).getStringCellValue()).contains("which licence survives termination.");
            assertThat(training.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(training.getCell(5).getStringCellValue()).isEqualTo("5.2(b), 5.3");
            assertThat(training.getCell(6).getStringCellValue()).isEqualTo("Negotiate");
            assertThat(training.getCell(7).getStringCellValue()).isEqualTo("Must be fixed before signature.");
            assertThat(findings.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(7);
            assertThat(findings.getRow(7).getCell(4).getStringCellValue()).isEqualTo("2, 5");
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I8");
        }
    }

    @Test
    void aClauseTitleThatLooksLikeAFormulaIsAQuotePrefixedHeader() throws IOException {
        ClauseCatalog hostile = new ClauseCatalog(List.of(
                ClauseText.titled("training-use", "=HYPERLINK(\"http://x\",\"click\")"),
                ClauseText.titled("model-substitution", "Model substitution")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PortfolioXlsxExporter(ReportTemplateLoader.loadDefaults(), hostile).export(List.of(ReportFixtures.contract()), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row head = wb.getSheet("Clause matrix").getRow(0);
            Cell title = null;
            Cell plain = null;
            for (Cell c : head) {
                if (c.getStringCellValue().startsWith("=HYPERLINK")) title = c;
                if (c.getStringCellValue().equals("Model substitution")) plain = c;
            }
            assertThat(title).isNotNull();
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void contractTextThatLooksLikeAFormulaIsStoredAsQuotePrefixedText() throws IOException {
        try (XSSFWorkbook wb = render()) {
            XSSFSheet findings = wb.getSheet("Findings");
            Cell hyperlink = findings.getRow(5).getCell(3);
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).startsWith(ReportFixtures.FORMULA);
            assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(findings.getRow(6).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(findings.getRow(7).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(findings.getRow(7).getCell(0).getStringCellValue()).isEqualTo("+second-contract.md");
            assertThat(findings.getRow(7).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(findings.getRow(1).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }
}

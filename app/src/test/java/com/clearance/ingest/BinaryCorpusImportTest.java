package com.clearance.ingest;

import com.clearance.domain.ContractDocument;
import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every real PDF and DOCX of ../shared (26 vendor terms, 66 CUAD contracts) imports, with spot checks of page
 * counts (as `pdfinfo` reports them) and of where a numbered section is printed. Skips when ../shared is absent.
 */
class BinaryCorpusImportTest {

    private static final Path SHARED = Path.of(System.getProperty("clearance.shared", "../shared"));
    private static final Path CORPUS = SHARED.resolve("corpus");
    private static final Path CUAD = SHARED.resolve("cuad-sample/pdf");

    private final ContractReader reader = new ContractReader();

    @TestFactory
    Stream<DynamicTest> everyPdfAndDocxImportsWithPages() throws IOException {
        List<Path> files = binaryFiles();
        assumeTrue(!files.isEmpty(), "../shared/corpus and ../shared/cuad-sample are absent: corpus import skipped");
        if (Files.isDirectory(CUAD)) {
            assertThat(files.stream().filter(f -> f.startsWith(CUAD))).hasSize(66);
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ContractDocument doc = reader.read(file);
            assertThat(doc.pageCount()).isPositive();
            assertThat(doc.sentences()).isNotEmpty();
        }));
    }

    @Test
    void pageCountsMatchPdfinfo() throws Exception {
        assertPages(CORPUS.resolve("anthropic-commercial-terms-2025-02-24.pdf"), 15);
        assertPages(CORPUS.resolve("anthropic-data-processing-addendum-2025-02-24.pdf"), 23);
        assertPages(CUAD.resolve("CUROGROUPHOLDINGSCORP_05_04_2020-EX-10.3-SERVICING AGREEMENT.PDF"), 10);
        assertPages(CUAD.resolve("Monsanto Company - SECOND A_R EXCLUSIVE AGENCY AND MARKETING AGREEMENT .PDF"), 88);
        assertPages(CUAD.resolve("WatchitMediaInc_20061201_8-K_EX-10.1_4148672_EX-10.1_Content License Agreement.pdf"), 1);
    }

    @Test
    void numberedSectionsAreFoundOnTheirPrintedPage() throws Exception {
        assertBlockOnPage(CUAD.resolve("CUROGROUPHOLDINGSCORP_05_04_2020-EX-10.3-SERVICING AGREEMENT.PDF"),
                "Section 7. Term of Agreement", 3);
        // the table of contents on page 2 names it too
        assertBlockOnPage(CUAD.resolve("Monsanto Company - SECOND A_R EXCLUSIVE AGENCY AND MARKETING AGREEMENT .PDF"),
                "Section 2.6 ", 20);
        assertBlockOnPage(CUAD.resolve("KALLOINC_11_03_2011-EX-10.1-STRATEGIC ALLIANCE AGREEMENT.PDF"),
                "c) Ownership", 10);
        assertBlockOnPage(CORPUS.resolve("anthropic-commercial-terms-2025-02-24.pdf"), "2. Arbitration.", 7);
    }

    @Test
    void runningHeadersOfRealContractsAreGone() throws Exception {
        ExtractedText kallo = pdf(CUAD.resolve("KALLOINC_11_03_2011-EX-10.1-STRATEGIC ALLIANCE AGREEMENT.PDF"));
        assertThat(kallo.blocks()).extracting(TextBlock::text).noneMatch(t -> t.equals("KALLO - MOBILECARE"));
        ExtractedText terms = pdf(CORPUS.resolve("anthropic-commercial-terms-2025-02-24.pdf"));
        assertThat(terms.blocks()).extracting(TextBlock::text).noneMatch(t -> t.contains("PM Commercial Terms"));
    }

    @Test
    void frenchWordContractsImportWithTheirHeadingsAndNumbering() throws Exception {
        Path sla = CORPUS.resolve("cloudtemple-iaas-service-convention-sla-fr-2025-01.docx");
        assumeTrue(Files.exists(sla), "../shared/corpus is absent: skipped");

        ExtractedText text = new DocxImporter().extract(sla);
        assertThat(text.pageCount()).isGreaterThan(20);
        assertThat(text.blocks()).anySatisfy(b -> {
            assertThat(b.text()).isEqualTo("3.2. Glossaire");
            assertThat(b.headingLevel()).isEqualTo(2);
        });
        assertThat(text.blocks()).filteredOn(b -> b.kind() == com.clearance.text.BlockKind.TABLE_ROW).hasSizeGreaterThan(10);
        ContractDocument doc = reader.read(sla);
        assertThat(doc.sections()).hasSizeGreaterThan(30);
        assertThat(doc.sections()).anySatisfy(s -> assertThat(s.number()).isEqualTo("3.2"));
        ContractDocument terms = reader.read(CORPUS.resolve("cloudtemple-cgvu-general-terms-of-sale-and-use-fr-2024-03.docx"));
        assertThat(terms.sections()).hasSizeGreaterThan(30);
    }

    private void assertPages(Path file, int pages) throws Exception {
        assumeTrue(Files.exists(file), file.getFileName() + " is absent: skipped");
        assertThat(pdf(file).pageCount()).as(file.getFileName().toString()).isEqualTo(pages);
    }

    private void assertBlockOnPage(Path file, String start, int page) throws Exception {
        assumeTrue(Files.exists(file), file.getFileName() + " is absent: skipped");
        assertThat(pdf(file).blocks()).as(file.getFileName().toString())
                .filteredOn(b -> b.text().startsWith(start)).extracting(TextBlock::page).contains(page);
    }

    private static ExtractedText pdf(Path file) throws ImportException {
        return new PdfImporter().extract(file);
    }

    private static List<Path> binaryFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path dir : List.of(CORPUS, CUAD)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".pdf") || n.endsWith(".docx");
                    }).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }
}

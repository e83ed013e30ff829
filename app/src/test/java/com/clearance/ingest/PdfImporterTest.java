package com.clearance.ingest;

import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class PdfImporterTest {

    private static final String TITLE = "Northwind Data Services Agreement - Confidential";

    /** Three pages with a running header, "Page n of 3" footers, numbered clauses and words split across lines. */
    public static final List<List<String>> CONTRACT = List.of(
            List.of("1. Definitions",
                    "",
                    "1.1 \"Customer Data\" means all data that the Customer submits to the",
                    "Service, including personal data of its end users.",
                    "1.2 The Provider shall meet every obliga-",
                    "tion set out in this Agreement.",
                    "",
                    "The Customer may terminate this Agreement by written notice to the Provider if the"),
            List.of("Provider fails to cure a material breach within thirty days.",
                    "",
                    "2. Subprocessors",
                    "2.1 The Provider may engage third-",
                    "party hosting providers approved in writing by the Customer.",
                    "",
                    "Section 3. Confidentiality",
                    "Each party keeps the other party's third-party information secret."),
            List.of("ARTICLE IV",
                    "",
                    "(a) The Provider deletes Customer Data within thirty days after the",
                    "end of the Agreement.",
                    "(b) The Provider certifies the deletion in writing."));

    private final PdfImporter importer = new PdfImporter();

    private Path contract(Path dir) throws Exception {
        return TestPdfs.write(dir.resolve("northwind.pdf"), CONTRACT, n -> TITLE, n -> "Page " + n + " of 3");
    }

    private static TextBlock blockStarting(ExtractedText text, String start) {
        return text.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with '" + start + "' in " + text.blocks()));
    }

    @Test
    void readsPagesAndDropsRunningHeadersAndFooters(@TempDir Path dir) throws Exception {
        ExtractedText text = importer.extract(contract(dir));

        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(text.blocks()).extracting(TextBlock::text)
                .noneMatch(t -> t.contains("Northwind") || t.contains("Page 1") || t.contains("of 3"));
        assertThat(blockStarting(text, "1. Definitions").page()).isEqualTo(1);
        assertThat(blockStarting(text, "2.1 ").page()).isEqualTo(2);
        assertThat(blockStarting(text, "Section 3.").page()).isEqualTo(2);
        assertThat(blockStarting(text, "ARTICLE IV").page()).isEqualTo(3);
        assertThat(blockStarting(text, "(b) ").page()).isEqualTo(3);
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void joinsLinesIntoParagraphsAndHyphenatedWords(@TempDir Path dir) throws Exception {
        ExtractedText text = importer.extract(contract(dir));

        assertThat(blockStarting(text, "1.1 ").text()).isEqualTo(
                "1.1 \"Customer Data\" means all data that the Customer submits to the Service, including personal "
                        + "data of its end users.");
        assertThat(blockStarting(text, "1.2 ").text()).isEqualTo(
                "1.2 The Provider shall meet every obligation set out in this Agreement.");
        assertThat(blockStarting(text, "2.1 ").text()).contains("engage third-party hosting providers");
        assertThat(blockStarting(text, "(a) ").text()).endsWith("thirty days after the end of the Agreement.");
    }

    @Test
    void aParagraphBrokenByThePageStaysOneBlockOnItsFirstPage(@TempDir Path dir) throws Exception {
        ExtractedText text = importer.extract(contract(dir));

        TextBlock termination = blockStarting(text, "The Customer may terminate");
        assertThat(termination.page()).isEqualTo(1);
        assertThat(termination.text()).endsWith("if the Provider fails to cure a material breach within thirty days.");
    }

    @Test
    void dropsBarePageNumbersInTheirCommonForms(@TempDir Path dir) throws Exception {
        List<List<String>> pages = List.of(
                List.of("1. Scope", "The Provider supplies the hosted service described in the order."),
                List.of("2. Fees", "The Customer pays the fees stated in the order form."),
                List.of("3. Term", "This Agreement runs for twelve months from the start date."));
        for (String form : new String[]{"%d", "- %d -", "Page %d"}) {
            Path file = TestPdfs.write(dir.resolve("numbers" + form.length() + ".pdf"), pages, null,
                    n -> String.format(form, n));
            ExtractedText text = importer.extract(file);
            assertThat(text.blocks()).as(form).extracting(TextBlock::text)
                    .noneMatch(t -> t.matches("(Page )?-? ?\\d+ ?-?") || t.endsWith(" 2") || t.endsWith("-"))
                    .anyMatch(t -> t.equals("The Customer pays the fees stated in the order form."));
        }
    }

    @Test
    void aLargeVerticalGapStartsANewBlock(@TempDir Path dir) throws Exception {
        Path file = TestPdfs.write(dir.resolve("gap.pdf"), List.of(List.of(
                "The parties agree as follows and sign below",
                "on the date first written above.",
                "",
                "",
                "Signed for the Provider by its director")), null, null);

        assertThat(importer.extract(file).blocks()).extracting(TextBlock::text).containsExactly(
                "The parties agree as follows and sign below on the date first written above.",
                "Signed for the Provider by its director");
    }

    @Test
    void aPageWithDamagedContentBecomesAWarningAndTheRestImports(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("damaged-page.pdf");
        try (PDDocument doc = TestPdfs.document(CONTRACT, null, null)) {
            doc.getPage(1).getCOSObject().setItem(COSName.CONTENTS, COSInteger.get(5));
            doc.save(file.toFile());
        }

        ExtractedText text = importer.extract(file);

        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(text.warnings()).containsExactly(
                "page 2 could not be read: the file is damaged there, and anything printed there is missing (2 of 3 pages"
                        + " read whole)");
        assertThat(text.blocks()).extracting(TextBlock::page).contains(1, 3).doesNotContain(2);
    }

    @Test
    void linesAlikeOnEveryPageAreKeptWhenTheyAreAllThePageHas(@TempDir Path dir) throws Exception {
        Path file = TestPdfs.write(dir.resolve("slides.pdf"), List.of(List.of("The Provider hosts region 1 data."),
                List.of("The Provider hosts region 2 data."), List.of("The Provider hosts region 3 data.")), null, null);

        assertThat(importer.extract(file).blocks()).extracting(TextBlock::text)
                .containsExactly("The Provider hosts region 1 data.", "The Provider hosts region 2 data.",
                        "The Provider hosts region 3 data.");
    }

    @Test
    void aPasswordProtectedPdfIsReportedAsEncrypted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = TestPdfs.document(CONTRACT, null, null)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> importer.extract(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.ENCRYPTED);
            assertThat(e.getMessage()).startsWith("locked.pdf: ").contains("password-protected");
        });
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordImports(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("restricted.pdf");
        try (PDDocument doc = TestPdfs.document(CONTRACT, null, null)) {
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            doc.protect(new StandardProtectionPolicy("owner-secret", "", noCopy));
            doc.save(file.toFile());
        }

        ExtractedText text = importer.extract(file);
        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(blockStarting(text, "1.2 ").text()).contains("obligation");
    }

    @Test
    void aTruncatedPdfIsReportedAsDamaged(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(contract(dir));
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThat(importer.accepts(probe(cut))).isTrue();
        assertThatThrownBy(() -> importer.extract(cut)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.failure()).isEqualTo(ImportFailure.CORRUPT));
    }

    @Test
    void garbageAfterThePdfHeaderIsReportedAsDamaged(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("garbage.pdf"), "%PDF-1.7\nthis is not a PDF body\n%%EOF\n");

        assertThatThrownBy(() -> importer.extract(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.failure()).isEqualTo(ImportFailure.CORRUPT));
    }

    @Test
    void aScannedPdfHasNoTextLayerWhenOcrIsOff(@TempDir Path dir) throws Exception {
        Path file = TestPdfs.imageOnly(dir.resolve("scan.pdf"));
        PdfImporter noOcr = new PdfImporter(com.clearance.ingest.ocr.OcrSettings.defaults()
                .withMode(com.clearance.ingest.ocr.OcrMode.NEVER));

        assertThatThrownBy(() -> noOcr.extract(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.NO_TEXT_LAYER);
            assertThat(e.getMessage()).isEqualTo("scan.pdf: it has no text layer: it looks scanned; import it with"
                    + " --ocr auto to read it by OCR.");
        });
    }

    @Test
    void aScanWithoutTesseractInstalledNamesThePackageToInstall(@TempDir Path dir) throws Exception {
        Path file = TestPdfs.imageOnly(dir.resolve("scan.pdf"));
        PdfImporter missing = new PdfImporter(new com.clearance.ingest.ocr.OcrSettings(
                com.clearance.ingest.ocr.OcrMode.AUTO,
                new com.clearance.ingest.ocr.Tesseract(dir.resolve("no-such-tesseract").toString(), "eng"), 2));

        assertThatThrownBy(() -> missing.extract(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.OCR_UNAVAILABLE);
            assertThat(e.getMessage()).startsWith("scan.pdf: it is scanned, and reading scans needs Tesseract")
                    .contains("apt-get install -y tesseract-ocr tesseract-ocr-eng");
        });
    }

    @Test
    void anEmptyFileIsReportedAsEmpty(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("nothing.pdf"));

        assertThatThrownBy(() -> importer.extract(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.failure()).isEqualTo(ImportFailure.EMPTY));
    }

    @Test
    void acceptsOnlyContentThatStartsLikeAPdf(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("contract.pdf");
        ImageIO.write(TestPdfs.picture(), "png", png.toFile());
        Path prefixed = dir.resolve("prefixed.bin");
        Files.write(prefixed, ("junk before the header\n" + "%PDF-1.4\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(importer.accepts(probe(png))).isFalse();
        assertThat(importer.accepts(probe(prefixed))).isTrue();
        assertThat(importer.accepts(probe(contract(dir)))).isTrue();
    }

    static FileProbe probe(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new FileProbe(file.getFileName().toString(), bytes.length, Arrays.copyOf(bytes, Math.min(8192, bytes.length)));
    }
}

package com.clearance.ingest;

import com.clearance.domain.ContractDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A damaged PDF never passes for a whole one: it is refused below a floor, and imported with a warning above it. */
class DamagedPdfImportTest {

    private static byte[] whole;
    private final ContractReader reader = new ContractReader();

    @BeforeAll
    static void writeTheWholeFile() throws Exception {
        whole = DamagedPdfs.whole(39);
    }

    @Test
    void aWholeFileImportsWithoutWarnings(@TempDir Path dir) throws Exception {
        ContractDocument doc = reader.read(DamagedPdfs.write(dir.resolve("whole.pdf"), whole));

        assertThat(doc.pageCount()).isEqualTo(39);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void flippedBytesOnMostPagesAreRefusedWithHowMuchCouldBeRead(@TempDir Path dir) throws Exception {
        Path file = DamagedPdfs.write(dir.resolve("flipped.pdf"), DamagedPdfs.flipContentBytes(whole, p -> p > 3));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.CORRUPT);
            assertThat(e.getMessage()).isEqualTo("flipped.pdf: only 3 of 39 pages could be read; the file is damaged;"
                    + " download or export it again.");
        });
    }

    @Test
    void flippedBytesOnAFewPagesImportWithAWarningNamingThem(@TempDir Path dir) throws Exception {
        Path file = DamagedPdfs.write(dir.resolve("two.pdf"), DamagedPdfs.flipContentBytes(whole, p -> p == 5 || p == 9));

        ContractDocument doc = reader.read(file);

        assertThat(doc.warnings()).singleElement().asString()
                .startsWith("pages 5, 9 could not be read: the file is damaged there")
                .contains("37 of 39 pages read whole")
                .doesNotContain("scanned");
    }

    @Test
    void aDamagedTextPdfIsNotCalledScanned(@TempDir Path dir) throws Exception {
        Path file = DamagedPdfs.write(dir.resolve("all.pdf"), DamagedPdfs.flipContentBytes(whole, p -> true));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isNotEqualTo(ImportFailure.NO_TEXT_LAYER);
            assertThat(e.getMessage()).contains("only 0 of 39 pages could be read; the file is damaged")
                    .doesNotContain("scanned").doesNotContain("OCR");
        });
    }

    @Test
    void aFileCutShortBehindAFakeEndMarkerIsRefusedAsDamaged(@TempDir Path dir) throws Exception {
        Path file = DamagedPdfs.write(dir.resolve("cut.pdf"), DamagedPdfs.truncatedWithFakeEof(whole, 0.1));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.CORRUPT);
            assertThat(e.getMessage()).contains("pages could be read; the file is damaged").doesNotContain("OCR");
        });
    }

    @Test
    void aFileCutShortAfterMostPagesSaysTheTableWasRebuiltAndWhichPagesAreLost(@TempDir Path dir) throws Exception {
        Path file = DamagedPdfs.write(dir.resolve("cut.pdf"), DamagedPdfs.truncatedWithFakeEof(whole, 0.7));

        ContractDocument doc = reader.read(file);

        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).startsWith("the file's cross-reference table is broken"));
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).contains("could not be read: the file is damaged"));
    }

    @Test
    void aBrokenCrossReferenceOffsetIsAWarningEvenWhenEveryPageReads(@TempDir Path dir) throws Exception {
        ContractDocument doc = reader.read(DamagedPdfs.write(dir.resolve("xref.pdf"), DamagedPdfs.wrongXrefOffset(whole)));

        assertThat(doc.pageCount()).isEqualTo(39);
        assertThat(doc.warnings()).singleElement().asString().startsWith("the file's cross-reference table is broken");
    }
}

package com.clearance.ingest;

import com.clearance.domain.WorkCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF reader reports every page it reads and stops between pages when its progress says cancel. */
class PdfPageProgressTest {

    @TempDir
    Path dir;

    @Test
    void everyPageIsReportedInOrderWithTheTotal() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("terms.pdf"), PdfImporterTest.CONTRACT, n -> "Header", n -> "Page " + n);
        List<String> steps = new ArrayList<>();
        new PdfImporter().extract(pdf, (stage, done, total) -> steps.add(stage + " " + done + "/" + total));
        assertThat(steps).containsExactly("reading page 0/3", "reading page 1/3", "reading page 2/3",
                "reading page 3/3");
    }

    @Test
    void aCancelStopsTheReadingAndIsNotTakenForADamagedFile() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("terms.pdf"), PdfImporterTest.CONTRACT, n -> "Header", n -> "Page " + n);
        List<Integer> read = new ArrayList<>();
        assertThatThrownBy(() -> new ContractReader(ImporterRegistry.defaults().withFirst(new PdfImporter()))
                .read(pdf, (stage, done, total) -> {
                    if (stage.equals(ContractReader.READING_PAGE)) {
                        read.add(done);
                        if (done == 1) {
                            throw new WorkCancelledException();
                        }
                    }
                })).isInstanceOf(WorkCancelledException.class);
        assertThat(read).containsExactly(0, 1); // page 2 and 3 never read
    }
}

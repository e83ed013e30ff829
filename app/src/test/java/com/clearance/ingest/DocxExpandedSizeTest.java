package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.text.ExtractedText;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A DOCX whose Word XML expands beyond what the importer can hold is refused in a sentence, before POI builds it. */
class DocxExpandedSizeTest {

    private static Path longDocx(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < 6000; i++) {
                doc.createParagraph().createRun().setText("Clause " + i + ": the Supplier shall keep obligation " + i
                        + " for the whole term of this Agreement and for " + (i % 97) + " days after it ends.");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    @Test
    void wordXmlExpandingBeyondTheBoundIsRefusedWithItsSize(@TempDir Path dir) throws Exception {
        Path file = longDocx(dir.resolve("long.docx"));
        assertThat(Files.size(file)).isLessThan(200_000); // well within the file-size caps

        assertThatThrownBy(() -> new DocxImporter(256 * 1024).extract(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE);
            assertThat(e.getMessage()).matches("long\\.docx: its text expands to \\d+ MB, more than Clearance can hold"
                    + " in memory \\(1 MB\\); split it into smaller files or start Clearance with a larger -Xmx\\.");
        });
        assertThat(new DocxImporter(64L * 1024 * 1024).extract(file).blocks()).hasSize(6000);
    }

    @Test
    void theDefaultBoundFollowsTheHeap() {
        long bound = DocxImporter.defaultExpandedLimit();

        assertThat(bound).isLessThanOrEqualTo(DocxImporter.MAX_ENTRY_SIZE);
        assertThat(bound).isLessThanOrEqualTo(Math.max(1024 * 1024, Runtime.getRuntime().maxMemory() / 40));
    }

    @Test
    void runningOutOfMemoryOnOneFileFailsThatFileAloneInAPlainSentence(@TempDir Path dir) throws Exception {
        ContractImporter greedy = new ContractImporter() {
            @Override
            public DocumentFormat format() {
                return DocumentFormat.TEXT;
            }

            @Override
            public boolean accepts(FileProbe probe) {
                return probe.fileName().equals("huge.txt");
            }

            @Override
            public ExtractedText extract(Path file) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        ContractReader reader = new ContractReader(ImporterRegistry.defaults().withFirst(greedy));
        Path huge = Files.writeString(dir.resolve("huge.txt"), "1. Term\nThe term is one year.\n");
        Path good = Files.writeString(dir.resolve("good.txt"), "1. Term\nThe term is one year.\n");

        assertThatThrownBy(() -> reader.read(huge)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE);
            assertThat(e.getMessage()).startsWith("huge.txt: ").doesNotContain("OutOfMemoryError");
        });
        assertThat(reader.read(good).sentences()).isNotEmpty();
    }
}

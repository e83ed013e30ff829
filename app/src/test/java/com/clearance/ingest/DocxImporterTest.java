package com.clearance.ingest;

import com.clearance.text.BlockKind;
import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DocxImporterTest {

    private final DocxImporter importer = new DocxImporter();

    @Test
    void readsHeadingsNumberingTablesAndFootnotesInOrder(@TempDir Path dir) throws Exception {
        ExtractedText text = importer.extract(TestDocx.agreement(dir.resolve("dpa.docx")));

        assertThat(text.blocks()).extracting(TextBlock::text, TextBlock::kind, TextBlock::headingLevel).containsExactly(
                tuple("Data Processing Agreement", BlockKind.HEADING, 1),
                tuple("1. Definitions", BlockKind.HEADING, 1),
                tuple("1.1 \"Personal Data\" has the meaning in the GDPR.", BlockKind.PARAGRAPH, 0),
                tuple("(a) including pseudonymised data;", BlockKind.PARAGRAPH, 0),
                tuple("(b) excluding anonymous statistics.", BlockKind.PARAGRAPH, 0),
                tuple("1.2 \"Subprocessor\" means a third party engaged by the Processor.", BlockKind.PARAGRAPH, 0),
                tuple("2. Security", BlockKind.HEADING, 1),
                tuple("2.1 The Processor encrypts Personal Data at rest.", BlockKind.PARAGRAPH, 0),
                tuple("Measure | Standard", BlockKind.TABLE_ROW, 0),
                tuple("Encryption at rest | AES-256", BlockKind.TABLE_ROW, 0),
                tuple("Article I The Controller's instructions.", BlockKind.PARAGRAPH, 0),
                tuple("Article II The Processor's duties.", BlockKind.PARAGRAPH, 0),
                tuple("[1] As defined in Regulation (EU) 2016/679.", BlockKind.FOOTNOTE, 0));
        assertThat(text.pageCount()).isGreaterThanOrEqualTo(1);
        assertThat(text.blocks()).extracting(TextBlock::text).noneMatch(t -> t.contains("Draft"));
    }

    @Test
    void aStartOverrideRestartsAList(@TempDir Path dir) throws Exception {
        ExtractedText text = importer.extract(TestDocx.restartedLists(dir.resolve("lists.docx")));

        assertThat(text.blocks()).extracting(TextBlock::text).startsWith(
                "1. First schedule item.", "2. Second schedule item.", "1. Restarted item.");
        assertThat(text.blocks().get(3).text()).matches("\\d\\. Continued item\\.");
    }

    @Test
    void acceptsWordZipsAndProtectedWordFilesByContent(@TempDir Path dir) throws Exception {
        Path docx = TestDocx.agreement(dir.resolve("dpa.docx"));
        Path renamed = Files.copy(docx, dir.resolve("dpa.bin"));
        Path random = Files.write(dir.resolve("random.docx"), randomBytes(4000));

        assertThat(importer.accepts(PdfImporterTest.probe(docx))).isTrue();
        assertThat(importer.accepts(PdfImporterTest.probe(random))).isFalse();
        assertThat(importer.accepts(PdfImporterTest.probe(encrypted(dir, docx)))).isTrue();
        // POI writes [Content_Types].xml first, so "word/" is usually in the first 8 KB of any name's probe
        assertThat(importer.accepts(PdfImporterTest.probe(renamed))).isTrue();
    }

    @Test
    void randomBytesNamedDocxAreNotADocument(@TempDir Path dir) throws Exception {
        Path random = Files.write(dir.resolve("random.docx"), randomBytes(4000));

        assertFailure(random, ImportFailure.NOT_A_DOCUMENT);
        assertThatThrownBy(() -> new ContractReader().read(random)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage()).startsWith("random.docx: ").doesNotContain("Exception"));
    }

    @Test
    void aPasswordProtectedDocxIsReportedAsEncrypted(@TempDir Path dir) throws Exception {
        Path locked = encrypted(dir, TestDocx.agreement(dir.resolve("plain.docx")));

        assertFailure(locked, ImportFailure.ENCRYPTED);
    }

    @Test
    void aTruncatedDocxIsDamaged(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(TestDocx.agreement(dir.resolve("dpa.docx")));
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));

        assertFailure(cut, ImportFailure.CORRUPT);
    }

    @Test
    void aZipThatIsNotAWordFileIsNotADocument(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("photos.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("holiday/readme.txt"));
            out.write("not a contract".getBytes(StandardCharsets.UTF_8));
        }

        assertFailure(zip, ImportFailure.NOT_A_DOCUMENT);
    }

    @Test
    void anEmptyDocxIsEmpty(@TempDir Path dir) throws Exception {
        assertFailure(TestDocx.empty(dir.resolve("blank.docx")), ImportFailure.EMPTY);
    }

    @Test
    void aZipBombIsStoppedAsTooLarge(@TempDir Path dir) throws Exception {
        Path source = TestDocx.agreement(dir.resolve("dpa.docx"));
        Path bomb = dir.resolve("bomb.docx");
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writeInflatedBody(out);
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }

        assertThatThrownBy(() -> importer.extract(bomb)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("bomb.docx: it is larger than Clearance reads safely; split it or "
                    + "raise the limit.");
        });
    }

    /** 40 MB of one repeated letter inside a paragraph: compresses about a thousandfold. */
    private static void writeInflatedBody(OutputStream out) throws Exception {
        out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 40; i++) {
            out.write(chunk);
        }
        out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }

    private void assertFailure(Path file, ImportFailure expected) {
        assertThatThrownBy(() -> importer.extract(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.failure()).isEqualTo(expected);
            assertThat(e.getMessage()).startsWith(file.getFileName() + ": ").endsWith(expected.advice() + ".");
        });
    }

    private static Path encrypted(Path dir, Path docx) throws Exception {
        Path locked = dir.resolve("locked-" + docx.getFileName());
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(docx, out);
            }
            try (OutputStream file = Files.newOutputStream(locked)) {
                fs.writeFilesystem(file);
            }
        }
        return locked;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}

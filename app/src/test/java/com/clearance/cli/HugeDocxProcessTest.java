package com.clearance.cli;

import com.clearance.app.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DOCX within the file-size caps whose document.xml expands to 95 MB, imported by a real Clearance process with a
 * small heap next to a good file: a plain line for the big one, the good one imported, no stack trace. Both the honest
 * zip (its directory gives the expanded size) and one whose directory lies about it.
 */
class HugeDocxProcessTest {

    private static final long EXPANDED = 95L * 1024 * 1024;

    /** A minimal Word package whose document.xml is {@link #EXPANDED} bytes of one repeated paragraph, streamed. */
    static Path hugeDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] para = "<w:p><w:r><w:t>The Supplier shall keep the Customer Data confidential for the term.</w:t></w:r></w:p>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = "</w:body></w:document>".getBytes(StandardCharsets.UTF_8);
            zip.write(head);
            byte[] block = new byte[para.length * 1000];
            for (int i = 0; i < 1000; i++) System.arraycopy(para, 0, block, i * para.length, para.length);
            for (long written = head.length; written < EXPANDED; written += block.length) zip.write(block);
            zip.write(tail);
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Rewrites the expanded size of word/document.xml in the zip's central directory to 20 KB. */
    static void lieAboutTheSize(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        for (int i = bytes.length - 46; i >= 0; i--) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.seek(i + 24);
                    raf.write(new byte[]{0x00, 0x50, 0x00, 0x00}); // 20,480, little-endian
                }
                return;
            }
        }
        throw new IllegalStateException("no central directory entry for word/document.xml");
    }

    private static String[] importInOwnProcess(Path home, Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "import"));
        for (Path f : files) command.add(f.toString());
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("CLEARANCE_HOME", home.toString());
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the import finishes").isTrue();
        return new String[]{String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
    }

    @Test
    void aDocxExpandingTo95MegabytesFailsAloneInAPlainLineAtA256MegabyteHeap(@TempDir Path dir) throws Exception {
        Path honest = hugeDocx(dir.resolve("huge.docx"));
        Path lying = hugeDocx(dir.resolve("lying.docx"));
        lieAboutTheSize(lying);
        assertThat(Files.size(honest)).isLessThan(2L * 1024 * 1024); // well within the file-size caps
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(lying.toFile())) {
            assertThat(zip.getEntry("word/document.xml").getSize()).isEqualTo(20_480);
        }
        Path good = Files.writeString(dir.resolve("good.txt"), "1. Confidentiality\nThe Supplier shall keep Customer Data confidential.\n");
        Path home = Files.createDirectories(dir.resolve("home"));

        String[] r = importInOwnProcess(home, honest, lying, good);

        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).contains("good.txt");
        assertThat(r[2]).contains("huge.docx: ").contains("lying.docx: ")
                .doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r[2].lines().filter(l -> !l.isBlank())).hasSize(2);
    }
}

package com.clearance.cli;

import com.clearance.ingest.PdfImporterTest;
import com.clearance.ingest.TestDocx;
import com.clearance.ingest.TestPdfs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The failure list through `clearance import`: one plain stderr line each, exit 3, good files still read. */
class BinaryImportFailuresTest {

    @Test
    void eachBadInputGetsOnePlainLineAndTheGoodOnesAreStillImported(@TempDir Path dir) throws Exception {
        Path good = TestPdfs.write(dir.resolve("good.pdf"), PdfImporterTest.CONTRACT, n -> "Running header",
                n -> "Page " + n);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Path encrypted = dir.resolve("encrypted.pdf");
        try (PDDocument doc = TestPdfs.document(PdfImporterTest.CONTRACT, null, null)) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(encrypted.toFile());
        }
        Path png = dir.resolve("picture.pdf");
        ImageIO.write(TestPdfs.picture(), "png", png.toFile());
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        byte[] noise = new byte[3000];
        new Random(7).nextBytes(noise);
        Path random = Files.write(dir.resolve("random.docx"), noise);
        Path scanned = TestPdfs.imageOnly(dir.resolve("scanned.pdf"));
        Path goodDocx = TestDocx.agreement(dir.resolve("good.docx"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ClearanceCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute(List.of("import", "--format", "json", good.toString(), truncated.toString(),
                encrypted.toString(), png.toString(), empty.toString(), random.toString(), scanned.toString(),
                goodDocx.toString()).toArray(String[]::new));

        assertThat(exit).isEqualTo(3);
        List<String> errors = err.toString().lines().toList();
        assertThat(errors).hasSize(6).noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
        assertThat(errors).anyMatch(l -> l.startsWith("truncated.pdf: ") && l.contains("damaged or truncated"))
                .anyMatch(l -> l.startsWith("encrypted.pdf: ") && l.contains("password-protected"))
                .anyMatch(l -> l.startsWith("picture.pdf: ") && l.contains("not a contract document"))
                .anyMatch(l -> l.startsWith("empty.pdf: ") && l.contains("empty"))
                .anyMatch(l -> l.startsWith("random.docx: "))
                .anyMatch(l -> l.startsWith("scanned.pdf: ")
                        && (l.contains("OCR found no text") || l.contains("tesseract-ocr")));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode pdf = new ObjectMapper().readTree(lines.get(0));
        assertThat(pdf.get("document").asText()).isEqualTo("good.pdf");
        assertThat(pdf.get("format").asText()).isEqualTo("pdf");
        assertThat(pdf.get("pages").asInt()).isEqualTo(3);
        JsonNode docx = new ObjectMapper().readTree(lines.get(1));
        assertThat(docx.get("format").asText()).isEqualTo("docx");
        assertThat(docx.get("sections").size()).isPositive();
    }
}

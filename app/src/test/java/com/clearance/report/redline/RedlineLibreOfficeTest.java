package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.library.ReportTemplateLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.clearance.report.redline.RedlineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LibreOffice (Debian's libreoffice-writer-nogui) opens the redline and prints it with the changes shown: struck
 * text and our inserted language both on the page. Skips when soffice is not installed.
 */
class RedlineLibreOfficeTest {

    @Test
    void libreOfficeConvertsTheRedlineToPdfWithTheTrackedChangesShown(@TempDir Path dir) throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; skipping the rendering check");
        byte[] original = vendorDocx();
        Path contract = Files.write(dir.resolve("acme-msa.docx"), original);
        ContractDocument document = new ContractReader().read(contract);
        Path redline = dir.resolve("acme-msa-redline.docx");
        try (OutputStream out = Files.newOutputStream(redline)) {
            new RedlineDocxExporter(ReportTemplateLoader.loadDefaults(), catalog())
                    .export(new RedlineSource(audited(document, List.of()), document, original), out);
        }
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), redline.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path pdf = dir.resolve("acme-msa-redline.pdf");
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // changes shown: the struck sentence and our language are both printed
            assertThat(text).contains("Provider shall not use Customer Content to train", RETIREMENT.substring(0, 30),
                    "ninety (90) days", "European Union", BEFORE);
        }
    }

    @Test
    void aTextBoxAndACellSpanningSentenceArePrintedWithTheirChanges(@TempDir Path dir) throws Exception {
        Path soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; skipping the rendering check");
        byte[] original = withTextBoxAndTable();
        ContractDocument document = new ContractReader().read(Files.write(dir.resolve("boxes.docx"), original));
        Path redline = dir.resolve("boxes-redline.docx");
        try (OutputStream out = Files.newOutputStream(redline)) {
            new RedlineDocxExporter(ReportTemplateLoader.loadDefaults(), catalog())
                    .export(new RedlineSource(audited(document, List.of()), document, original), out);
        }
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), redline.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path pdf = dir.resolve("boxes-redline.pdf");
        String samples = System.getProperty("clearance.samples");
        if (samples != null) {
            Files.createDirectories(Path.of(samples));
            Files.copy(pdf, Path.of(samples, "boxes-redline.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // the text box prints its struck sentence and our language; the row its label, struck pieces and ours
            assertThat(text).contains(TEXT_BOX_TRAINING, PREFERRED_TRAINING, "Models", RETIREMENT_CELL_1,
                    RETIREMENT_CELL_2, PREFERRED_RETIREMENT);
        }
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

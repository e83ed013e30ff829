package com.clearance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    @Test
    void printsPagesPerSecondAndPeakHeapForAFolderAndAGeneratedContract(@TempDir Path dir) throws Exception {
        new com.clearance.service.SyntheticContractPdf().write(dir.resolve("one.pdf"), 2);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ClearanceCommand());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("bench", dir.toString(), "--pages", "4", "--ocr-pages", "0");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("pages/s", "peak heap")
                .containsPattern("\\(1 files\\)\\s+1 import\\s+1\\s+2\\s")
                .containsPattern("generated 4-page contract\\s+1 import\\s+1\\s+4\\s");
    }

    @Test
    void ocrPagesPerSecondAreReportedBesideTesseractAlone(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(com.clearance.ingest.ocr.Tesseract.configured().available(),
                "Tesseract is not installed; skipping the OCR benchmark test");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ClearanceCommand());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("bench", dir.toString(), "--pages", "0", "--ocr-pages", "2");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("generated 2-page scan")
                .containsPattern("OCR run 1: clearance import 2 pages in [0-9.]+ s \\([0-9.]+ pages/s, peak heap \\d+ MB")
                .containsPattern("tesseract alone [0-9.]+ s \\([0-9.]+ pages/s\\); \\d+ at once; ratio [0-9.]+x");
    }

    @Test
    void aMissingFolderIsAnUnreadableInput(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ClearanceCommand());
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("bench", dir.resolve("nowhere").toString(), "--pages", "0", "--ocr-pages", "0");

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).contains("nowhere: not a folder").doesNotContain("Exception");
    }
}

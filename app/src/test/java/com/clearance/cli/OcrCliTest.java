package com.clearance.cli;

import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ocr.Tesseract;
import com.clearance.service.ScannedCopy;
import com.clearance.service.TypedCopy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `--ocr` on the command line, and audit output that says which evidence was read by OCR. */
class OcrCliTest {

    @TempDir
    static Path dir;
    private static Path scan;

    @BeforeAll
    static void scanAFixture() throws Exception {
        assumeTrue(Tesseract.configured().available(), "Tesseract is not installed; skipping");
        Path fixture = Path.of(System.getProperty("clearance.repoRoot", ".."))
                .resolve("app/src/test/resources/eval/fixtures/order-form-apex.txt");
        Path typed = new TypedCopy().write(new ContractReader().extract(fixture).blocks(), dir.resolve("apex.pdf"));
        scan = new ScannedCopy().write(typed, dir.resolve("apex-scan.pdf"));
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new ClearanceCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void auditOfAScanMarksEvidenceReadByOcrWithItsConfidence() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = run(out, err, "audit", "--format", "json", scan.toString());

        assertThat(exit).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(root.get("warnings").toString()).contains("scanned and read by OCR");
        JsonNode evidence = root.get("findings").findValues("evidence").stream()
                .filter(e -> e.size() > 0).findFirst().orElseThrow().get(0);
        assertThat(evidence.get("ocrConfidence").asDouble()).isBetween(50.0, 100.0);

        StringWriter md = new StringWriter();
        run(md, new StringWriter(), "audit", "--format", "markdown", scan.toString());
        assertThat(md.toString()).containsPattern("read by OCR, confidence \\d+%");
    }

    @Test
    void ocrNeverRefusesTheScanAndSaysHowToReadIt() {
        StringWriter err = new StringWriter();

        int exit = run(new StringWriter(), err, "import", "--ocr", "never", scan.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo("apex-scan.pdf: it has no text layer: it looks scanned;"
                + " import it with --ocr auto to read it by OCR.");
    }

    @Test
    void anUnknownOcrModeIsAUsageError() {
        StringWriter err = new StringWriter();

        int exit = run(new StringWriter(), err, "import", "--ocr", "sometimes", scan.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--ocr takes auto, always or never, not 'sometimes'");
    }

    @Test
    void theProgressLineCountsPagesOnATerminal() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true);

        var monitor = line.monitor(Path.of("scan.pdf"));
        monitor.step(com.clearance.ingest.ImportMonitor.RECOGNISING_PAGE, 1, 3);
        monitor.step(com.clearance.ingest.ImportMonitor.RECOGNISING_PAGE, 1, 3); // a poll for cancel: not repeated
        monitor.step("reading page", 1, 3); // other stages are quick and not shown
        monitor.step(com.clearance.ingest.ImportMonitor.RECOGNISING_PAGE, 2, 3);

        assertThat(err.toString()).isEqualTo("\rscan.pdf: OCR page 1 of 3\rscan.pdf: OCR page 2 of 3");
        StringWriter quiet = new StringWriter();
        new ProgressLine(new PrintWriter(quiet), false).monitor(Path.of("scan.pdf"))
                .step(com.clearance.ingest.ImportMonitor.RECOGNISING_PAGE, 1, 3);
        assertThat(quiet.toString()).isEmpty();
    }
}

package com.clearance.cli;

import com.clearance.app.Launcher;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ocr.Tesseract;
import com.clearance.service.ScannedCopy;
import com.clearance.service.TypedCopy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A 300-page scan (our own fixture's pages, each scanned with its own turn and noise, so no two page images are the
 * same) imported with OCR by a real Clearance process at the launcher's 1 GB heap: it ends with the plain summary,
 * no stack trace, within a bound. OCR runs at 1-2 pages a second per core, so this takes minutes: it runs only with
 * -Dclearance.longScan=true (the page count can be changed with -Dclearance.longScan.pages, the heap with
 * -Dclearance.longScan.heap). It prints the time, the heap around collections and the process's peak resident memory.
 */
@EnabledIfSystemProperty(named = "clearance.longScan", matches = "true")
class LongScanProcessTest {

    private static final int PAGES = Integer.getInteger("clearance.longScan.pages", 300);
    /** The child's heap: the launcher's 1 GB unless -Dclearance.longScan.heap says otherwise (to find the floor). */
    private static final String HEAP = System.getProperty("clearance.longScan.heap", "1g");

    /** The fixture's typed pages over and over until there are {@code pages}, then scanned page by page. */
    private static Path longScan(Path dir, int pages) throws Exception {
        Path fixture = Path.of(System.getProperty("clearance.repoRoot", ".."))
                .resolve("app/src/test/resources/eval/fixtures/formal-us-msa-northwind.md");
        Path typed = new TypedCopy().write(new ContractReader().extract(fixture).blocks(), dir.resolve("typed.pdf"));
        Path longTyped = dir.resolve("long-typed.pdf");
        try (PDDocument source = Loader.loadPDF(typed.toFile()); PDDocument out = new PDDocument()) {
            for (int i = 0; i < pages; i++) out.importPage(source.getPage(i % source.getNumberOfPages()));
            out.save(longTyped.toFile());
        }
        // 150 dpi with light grain keeps the file near 0.3 MB a page, as an office scan of text is; the default
        // 300 dpi noisy copy is 1.6 MB a page, and 300 of them (486 MB) are refused by the 200 MB import cap
        ScannedCopy.Roughness light = new ScannedCopy.Roughness(150, 1.0, 8, 0.0005);
        return new ScannedCopy(light, 13).write(longTyped, dir.resolve("long-scan.pdf"));
    }

    @Test
    void aThreeHundredPageScanImportsWithOcrAtTheLaunchersHeapAndEndsPlainly(@TempDir Path temp) throws Exception {
        assumeTrue(Tesseract.configured().available(), "Tesseract is not installed; skipping");
        // -Dclearance.longScan.keep=DIR keeps the scan, the output and the GC log for a look afterwards
        Path dir = System.getProperty("clearance.longScan.keep") == null ? temp
                : Files.createDirectories(Path.of(System.getProperty("clearance.longScan.keep")));
        Path scan = longScan(dir, PAGES);
        Path home = Files.createDirectories(dir.resolve("home"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-Xlog:gc:file=" + dir.resolve("gc.log"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "import", "--ocr", "always", scan.toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("CLEARANCE_HOME", home.toString());
        long start = System.nanoTime();
        Process p = builder.start();
        long peakRssKb = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(45);
        while (p.isAlive() && System.nanoTime() < deadline) {
            peakRssKb = Math.max(peakRssKb, PeakHeap.residentHighWaterKb(p.pid()));
            p.waitFor(1, TimeUnit.SECONDS);
        }
        boolean finished = !p.isAlive();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        if (!finished) p.destroyForcibly();

        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        System.out.println("long scan: " + PAGES + " pages in " + seconds + " s; heap at most "
                + PeakHeap.beforeGc(dir.resolve("gc.log")) + " MB before a collection, "
                + PeakHeap.afterGc(dir.resolve("gc.log")) + " MB live after one; process peak resident "
                + peakRssKb / 1024 + " MB\n--- stdout (head) ---\n"
                + stdout.lines().limit(12).reduce("", (a, b) -> a + b + "\n") + "--- stderr ---\n" + stderr);
        assertThat(finished).as("the import finishes within 45 minutes").isTrue();
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(stdout).contains("long-scan.pdf").contains(PAGES + " pages");
        assertThat(stdout + stderr).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
    }
}

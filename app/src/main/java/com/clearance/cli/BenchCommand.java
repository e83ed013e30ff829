package com.clearance.cli;

import com.clearance.ingest.ContractReader;
import com.clearance.service.Benchmark;
import com.clearance.service.SyntheticContractPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * `clearance bench [DIR...] [--pages 300] [--repeat N]`: times the import pipeline (and any later phase) over every
 * document under the folders and over a generated contract of --pages pages; prints pages per second, time and
 * peak heap per phase. The first repeat includes JIT warm-up; later repeats show the steady state.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures import speed (pages per second) and peak heap on real contracts and on a generated "
                + "long contract; with --startup, how fast the window opens.")
public class BenchCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);
    private static final Path DEFAULT_DIR = Path.of("..", "shared", "cuad-sample", "pdf");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR",
            description = "Folders of contracts to import (default: ../shared/cuad-sample/pdf when present).")
    private List<Path> dirs = new ArrayList<>();

    @Option(names = "--pages", defaultValue = "300", paramLabel = "N",
            description = "Pages of the generated contract; 0 to skip it. Default: ${DEFAULT-VALUE}.")
    private int pages;

    @Option(names = "--ocr-pages", defaultValue = "50", paramLabel = "N",
            description = "Pages of the generated scan read by OCR, timed beside Tesseract alone on the same page"
                    + " images; 0 to skip. Default: ${DEFAULT-VALUE}.")
    private int ocrPages;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N", description = "Runs per suite. Default: ${DEFAULT-VALUE}.")
    private int repeat;

    @Option(names = "--startup", description = "Time the window's start instead: to its first frame and to a usable"
            + " contracts list, on a fresh data folder and on one with --contracts contracts (needs a display).")
    private boolean startup;

    @Option(names = "--contracts", defaultValue = "2000", paramLabel = "N",
            description = "With --startup: contracts in the full data folder; 0 for the fresh one only. Default: ${DEFAULT-VALUE}.")
    private int contracts;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "With --startup: starts per data folder. Default: ${DEFAULT-VALUE}.")
    private int runs;

    private final Benchmark benchmark;

    public BenchCommand() {
        // Later features add their phase here, after import.
        this(withScoring(new Benchmark(new ContractReader())));
    }

    /** Adds the audit engine as the "scoring" phase (the built-in library); without a library, import only. */
    static Benchmark withScoring(Benchmark benchmark) {
        try {
            com.clearance.scoring.AuditEngine engine = new com.clearance.scoring.AuditEngine(
                    com.clearance.service.AuditService.loadLibrary(null).library());
            return benchmark.withPhase("scoring", engine::audit);
        } catch (com.clearance.library.ClauseLibraryException e) {
            return benchmark;
        }
    }

    public BenchCommand(Benchmark benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (startup) {
            if (runs < 1 || contracts < 0) {
                err.println("--runs must be at least 1 and --contracts 0 or more.");
                return 2;
            }
            return new StartupBenchSuite(new StartupBench(), runs, contracts).run(out, err);
        }
        if (pages < 0 || ocrPages < 0 || repeat < 1) {
            err.println("--pages and --ocr-pages must be 0 or more and --repeat at least 1.");
            return 2;
        }
        List<Path> folders = dirs.isEmpty() && Files.isDirectory(DEFAULT_DIR) ? List.of(DEFAULT_DIR) : dirs;
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                err.println(dir + ": not a folder; give folders of contracts to benchmark.");
                return 3;
            }
        }
        BenchReport report = new BenchReport(out, benchmark.phaseNames());
        report.header(Runtime.getRuntime().maxMemory());
        try {
            for (Path dir : folders) {
                List<Path> files = documentsUnder(dir);
                String name = dir.normalize() + " (" + files.size() + " files)";
                for (int run = 1; run <= repeat; run++) {
                    report.print(benchmark.run(name, files), run);
                }
            }
            if (pages > 0) {
                benchGenerated(report, err);
            }
            if (ocrPages > 0) {
                benchOcr(out, err);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.error("benchmark failed", e);
            err.println("The benchmark could not read or write its files: " + e.getMessage());
            return 3;
        }
        out.flush();
        return 0;
    }

    private void benchGenerated(BenchReport report, PrintWriter err) throws IOException {
        Path dir = Files.createTempDirectory("clearance-bench");
        Path file = dir.resolve("generated-" + pages + "-pages.pdf");
        try {
            long start = System.nanoTime();
            new SyntheticContractPdf().write(file, pages);
            report.note(String.format("generated %d-page contract (%,d KB) in %.1f s", pages, Files.size(file) / 1024,
                    (System.nanoTime() - start) / 1e9));
            for (int run = 1; run <= repeat; run++) {
                report.print(benchmark.run("generated " + pages + "-page contract", List.of(file)), run);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private void benchOcr(PrintWriter out, PrintWriter err) throws IOException {
        com.clearance.ingest.ocr.OcrSettings settings = com.clearance.ingest.ocr.OcrSettings.defaults();
        if (!settings.engine().available()) {
            out.println("OCR: skipped, Tesseract is not installed (apt-get install -y "
                    + com.clearance.ingest.ocr.Tesseract.PACKAGES + ")");
            return;
        }
        Path dir = Files.createTempDirectory("clearance-ocr-bench");
        try {
            long start = System.nanoTime();
            Path scan = com.clearance.service.OcrBenchmark.generateScan(dir, ocrPages);
            out.printf("generated %d-page scan (%,d KB, 300 dpi JPEG pages) in %.1f s%n", ocrPages,
                    Files.size(scan) / 1024, (System.nanoTime() - start) / 1e9);
            for (int run = 1; run <= repeat; run++) {
                com.clearance.service.OcrBenchmark.Result r =
                        new com.clearance.service.OcrBenchmark(settings).run(scan, dir);
                out.printf("OCR run %d: clearance import %d pages in %.1f s (%.2f pages/s, peak heap %d MB, %d"
                                + " sentences); tesseract alone %.1f s (%.2f pages/s); %d at once; ratio %.2fx%n",
                        run, r.pages(), r.clearanceSeconds(), r.clearancePagesPerSecond(),
                        r.peakHeapBytes() / (1024 * 1024), r.sentences(), r.tesseractSeconds(),
                        r.tesseractPagesPerSecond(), r.threads(), r.ratio());
            }
        } catch (com.clearance.ingest.ImportException e) {
            err.println("OCR benchmark: " + e.getMessage());
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static List<Path> documentsUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }
}

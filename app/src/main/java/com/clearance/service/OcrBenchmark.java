package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;
import com.clearance.ingest.ImporterRegistry;
import com.clearance.ingest.pdf.ImagelessResourceCache;
import com.clearance.ingest.ocr.OcrSettings;
import com.clearance.ingest.ocr.ScanRecognizer;
import com.clearance.ingest.ocr.Tesseract;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times OCR on a generated scan: Clearance's whole import of it (render, recognise, structure) beside Tesseract
 * alone on the same page images with the same parallelism and options, the floor Clearance cannot beat by much.
 */
public final class OcrBenchmark {

    /** One measurement: pages, Clearance's time and peak heap, Tesseract's own time on the same images. */
    public record Result(int pages, double clearanceSeconds, long peakHeapBytes, double tesseractSeconds,
                         int threads, int sentences) {
        public double clearancePagesPerSecond() {
            return pages / clearanceSeconds;
        }

        public double tesseractPagesPerSecond() {
            return pages / tesseractSeconds;
        }

        public double ratio() {
            return clearanceSeconds / tesseractSeconds;
        }
    }

    private final OcrSettings settings;

    public OcrBenchmark(OcrSettings settings) {
        this.settings = settings;
    }

    /** Writes a generated contract of {@code pages} pages and its scan into {@code dir}; returns the scan. */
    public static Path generateScan(Path dir, int pages) throws IOException {
        Path typed = new SyntheticContractPdf().write(dir.resolve("typed-" + pages + ".pdf"), pages);
        return new ScannedCopy().write(typed, dir.resolve("scanned-" + pages + ".pdf"));
    }

    public Result run(Path scan, Path workDir) throws IOException, ImportException {
        ContractReader reader = new ContractReader(ImporterRegistry.defaults(settings));
        ContractDocument document;
        long start;
        long peak;
        try (HeapPeakMeter meter = HeapPeakMeter.start()) {
            start = System.nanoTime();
            document = reader.read(scan);
            peak = meter.sampledPeakBytes();
        }
        double clearance = (System.nanoTime() - start) / 1e9;
        List<Path> images = pageImages(scan, workDir);
        try {
            double tesseract = tesseractAlone(images);
            return new Result(document.pageCount(), clearance, peak, tesseract, settings.threads(),
                    document.sentences().size());
        } finally {
            for (Path image : images) {
                Files.deleteIfExists(image);
            }
        }
    }

    /** The page images Clearance gives Tesseract: 300 dpi grey, as PGM files. Not timed. */
    private static List<Path> pageImages(Path scan, Path dir) throws IOException {
        List<Path> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
            ImagelessResourceCache.applyTo(doc); // as the import renders: no decoded picture kept per page
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Path image = dir.resolve("page-" + (i + 1) + ".pgm");
                try (OutputStream out = Files.newOutputStream(image)) {
                    Tesseract.writePgm(renderer.renderImageWithDPI(i, ScanRecognizer.DPI, ImageType.GRAY), out);
                }
                images.add(image);
            }
        }
        return images;
    }

    private double tesseractAlone(List<Path> images) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        long start = System.nanoTime();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Path image : images) {
                runs.add(pool.submit(() -> {
                    Process p = settings.engine().command(image.toString(), ScanRecognizer.DPI)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    return p.waitFor();
                }));
            }
            for (Future<Integer> run : runs) {
                if (run.get() != 0) {
                    throw new IOException("Tesseract failed on a page image");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Tesseract could not be run: " + e.getCause().getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}

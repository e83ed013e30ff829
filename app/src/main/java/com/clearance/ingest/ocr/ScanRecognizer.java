package com.clearance.ingest.ocr;

import com.clearance.ingest.ImportMonitor;
import com.clearance.ingest.pdf.ImagelessResourceCache;
import com.clearance.ingest.pdf.PdfLine;
import com.clearance.text.LayoutWord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads scanned pages: each page is rendered with PDFBox at 300 dpi in grey (Tesseract's preferred resolution) on the
 * calling thread, which owns the document, and recognised by a Tesseract process on one of up to {@code threads}
 * workers. At most one rendered page waits per worker, and the document is given a resource cache that keeps no
 * pictures (each page's picture is drawn once), so memory stays at a few page images whatever the page count. Cancel is checked every 50 ms: running processes are killed and the call ends within a second.
 */
public final class ScanRecognizer {

    public static final int DPI = 300;
    /** A page larger than this many pixels at 300 dpi (a poster, a drawing) is rendered at a lower resolution. */
    private static final long MAX_PIXELS = 60_000_000L;
    private static final long POLL_MS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(ScanRecognizer.class);

    private final Tesseract engine;
    private final int threads;

    public ScanRecognizer(Tesseract engine, int threads) {
        this.engine = engine;
        this.threads = Math.max(1, threads);
    }

    /** The machine's cores: pages are recognised one per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Recognises {@code pages} (1-based) of {@code document}, reporting each finished page to {@code monitor}.
     *
     * @throws CancellationException when the monitor says the user cancelled
     */
    public Map<Integer, PageScan> recognise(PDDocument document, List<Integer> pages, ImportMonitor monitor) {
        Map<Integer, PageScan> results = new TreeMap<>();
        if (pages.isEmpty()) {
            return results;
        }
        monitor.pagesRecognised(0, pages.size()); // the count is known before the first page takes seconds
        ImagelessResourceCache.applyTo(document); // else every page's decoded picture stays in the heap
        CountingPageDrawer renderer = new CountingPageDrawer(document);
        Set<Tesseract.Run> running = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pages.size()), r -> {
            Thread t = new Thread(r, "ocr");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<PageScan> done = new ExecutorCompletionService<>(pool);
        int submitted = 0;
        int finished = 0;
        try {
            for (int number : pages) {
                // keep one rendered page waiting per worker, no more
                while (submitted - finished >= threads * 2) {
                    finished += collect(done, results, monitor, pages.size(), running);
                }
                checkCancelled(monitor, running);
                PageScan failed = null;
                BufferedImage image = null;
                int dpi = dpiFor(document, number);
                try {
                    image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
                    if (renderer.takeFailedImages() > 0 && image != null && isBlank(image)) {
                        failed = PageScan.unreadable(number, "its image is damaged and could not be decoded");
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("page {} could not be rendered for OCR", number, e);
                    failed = PageScan.unreadable(number, "its image is damaged and could not be decoded");
                }
                if (failed != null) {
                    PageScan result = failed;
                    done.submit(() -> result);
                } else {
                    BufferedImage rendered = image;
                    done.submit(() -> recogniseOne(number, rendered, dpi, running, stopped));
                }
                submitted++;
            }
            while (finished < submitted) {
                finished += collect(done, results, monitor, pages.size(), running);
            }
            return results;
        } finally {
            // a worker that starts a process after this sees the flag and kills it itself
            stopped.set(true);
            running.forEach(Tesseract.Run::kill);
            pool.shutdownNow();
        }
    }

    /** Waits up to one poll for a finished page; 1 when one was collected. */
    private int collect(ExecutorCompletionService<PageScan> done, Map<Integer, PageScan> results,
                        ImportMonitor monitor, int total, Set<Tesseract.Run> running) {
        checkCancelled(monitor, running);
        try {
            Future<PageScan> next = done.poll(POLL_MS, TimeUnit.MILLISECONDS);
            if (next == null) {
                return 0;
            }
            PageScan page = next.get();
            results.put(page.number(), page);
            monitor.pagesRecognised(results.size(), total);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("OCR worker failed", e.getCause());
        }
    }

    private static void checkCancelled(ImportMonitor monitor, Set<Tesseract.Run> running) {
        if (monitor.cancelled() || Thread.currentThread().isInterrupted()) {
            running.forEach(Tesseract.Run::kill);
            throw new CancellationException("cancelled");
        }
    }

    private PageScan recogniseOne(int number, BufferedImage image, int dpi, Set<Tesseract.Run> running,
                                  java.util.concurrent.atomic.AtomicBoolean stopped) {
        Tesseract.Run run = null;
        try {
            if (stopped.get()) {
                return PageScan.unreadable(number, "stopped");
            }
            run = engine.start(image, dpi);
            running.add(run);
            if (stopped.get()) {
                run.kill();
            }
            return toPage(number, run.await(), dpi);
        } catch (IOException e) {
            LOG.warn("Tesseract failed on page {}", number, e);
            return PageScan.unreadable(number, "Tesseract could not read it (" + e.getMessage() + ")");
        } finally {
            if (run != null) {
                running.remove(run);
            }
        }
    }

    /** Lines in PDF points (72 per inch) from the top-left corner, as the text layer's lines are. */
    static PageScan toPage(int number, List<List<OcrWord>> lines, int dpi) {
        float scale = 72f / dpi;
        List<PdfLine> out = new ArrayList<>();
        double confidence = 0;
        int words = 0;
        for (List<OcrWord> line : lines) {
            StringBuilder text = new StringBuilder();
            List<LayoutWord> placed = new ArrayList<>(line.size());
            float left = Float.MAX_VALUE;
            float right = 0;
            float top = Float.MAX_VALUE;
            float bottom = 0;
            for (OcrWord w : line) {
                String word = OcrText.clean(w.text());
                if (word.isEmpty()) {
                    continue;
                }
                text.append(text.isEmpty() ? "" : " ").append(word);
                placed.add(new LayoutWord(word, w.left() * scale, w.top() * scale, w.right() * scale,
                        w.bottom() * scale, w.confidence()));
                left = Math.min(left, w.left() * scale);
                right = Math.max(right, w.right() * scale);
                top = Math.min(top, w.top() * scale);
                bottom = Math.max(bottom, w.bottom() * scale);
                confidence += w.confidence();
                words++;
            }
            if (!placed.isEmpty()) {
                // most words have no descender, so the median word bottom is the baseline, as the text layer gives it
                out.add(new PdfLine(OcrText.cleanLine(text.toString()), median(placed, true), median(placed, false), left, right, placed));
            }
        }
        return new PageScan(number, out, words == 0 ? 0 : confidence / words, null);
    }

    private static float median(List<LayoutWord> words, boolean bottoms) {
        float[] values = new float[words.size()];
        for (int i = 0; i < values.length; i++) {
            LayoutWord w = words.get(i);
            values[i] = bottoms ? w.bottom() : w.bottom() - w.top();
        }
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    private static int dpiFor(PDDocument document, int number) {
        try {
            PDRectangle box = document.getPage(number - 1).getCropBox();
            double pixels = (double) box.getWidth() / 72 * DPI * box.getHeight() / 72 * DPI;
            if (pixels > MAX_PIXELS) {
                return Math.max(72, (int) (DPI * Math.sqrt(MAX_PIXELS / pixels)));
            }
        } catch (RuntimeException e) {
            LOG.debug("page {} has no usable crop box", number, e);
        }
        return DPI;
    }

    /** True when no pixel is darker than light grey: nothing was painted. */
    private static boolean isBlank(BufferedImage image) {
        var raster = image.getRaster();
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y += 4) {
            raster.getSamples(0, y, image.getWidth(), 1, 0, row);
            for (int v : row) {
                if (v < 200) {
                    return false;
                }
            }
        }
        return true;
    }
}

package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.domain.WorkCancelledException;
import com.clearance.domain.WorkProgress;
import com.clearance.ingest.ocr.OcrCorrector;
import com.clearance.ingest.ocr.OcrMode;
import com.clearance.ingest.ocr.OcrSettings;
import com.clearance.ingest.ocr.PageScan;
import com.clearance.ingest.ocr.ScanRecognizer;
import com.clearance.ingest.ocr.ScanWarnings;
import com.clearance.ingest.pdf.PdfBlockBuilder;
import com.clearance.ingest.pdf.PdfLine;
import com.clearance.ingest.pdf.PdfLineCollector;
import com.clearance.ingest.pdf.PdfPageText;
import com.clearance.ingest.pdf.PdfPageWarnings;
import com.clearance.ingest.pdf.RunningFurniture;
import com.clearance.text.ExtractedText;
import com.clearance.text.PageLayout;
import com.clearance.text.TextBlock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * Reads a PDF with PDFBox page by page: text per page in reading order, running headers/footers/page numbers
 * dropped, paragraphs rebuilt from lines. Pages without a text layer (scans) are read by OCR as {@link OcrSettings}
 * says, and mixed PDFs keep their text layer where they have one. The file is read through a buffered random-access
 * reader and scratch data spills to temp files, and only each page's lines are kept, so a two-thousand-page contract
 * stays within a small heap. Every page read is reported, and a cancel stops the reading before the next page.
 */
public final class PdfImporter implements ContractImporter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfImporter.class);
    /** In-memory scratch before PDFBox spills to a temp file. */
    private static final long SCRATCH_IN_MEMORY = 16L * 1024 * 1024;
    static final long MAX_FILE_SIZE = 1024L * 1024 * 1024;

    private final OcrSettings ocr;

    public PdfImporter(OcrSettings ocr) {
        this.ocr = ocr;
    }

    public PdfImporter() {
        this(OcrSettings.defaults());
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    /** A PDF may carry a few bytes of junk before its header; the spec lets readers look within the first 1 KB. */
    @Override
    public boolean accepts(FileProbe probe) {
        byte[] head = probe.head();
        int limit = Math.min(head.length, 1024) - 4;
        for (int i = 0; i <= limit; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F') {
                return true;
            }
        }
        return false;
    }

    @Override
    public ExtractedText extract(Path file) throws ImportException {
        return extract(file, WorkProgress.NONE);
    }

    /**
     * Reads page by page, telling {@code progress} before each page and each recognised scan page; a cancel from it
     * stops the reading there.
     */
    @Override
    public ExtractedText extract(Path file, WorkProgress progress) throws ImportException {
        ImportMonitor monitor = ImportMonitor.of(progress);
        String name = file.getFileName().toString();
        PdfFileChecks.requireReadableWhole(file, name, MAX_FILE_SIZE);
        List<PdfPageText> pages;
        int pageCount;
        PdfPageWarnings census;
        Map<Integer, PageScan> scans = Map.of();
        List<String> ocrWarnings = new ArrayList<>();
        float[][] sizes;
        boolean xrefRebuilt = !PdfFileChecks.xrefIntact(file);
        RandomAccessReadBufferedFile source = null;
        try {
            source = new RandomAccessReadBufferedFile(file);
            try (PDDocument document = Loader.loadPDF(source, "",
                    MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).streamCache)) {
                pageCount = document.getNumberOfPages();
                if (pageCount == 0) {
                    throw new ImportException(ImportFailure.CORRUPT, name);
                }
                pages = new PdfLineCollector().collect(document, progress);
                Set<Integer> brokenPages = PdfLineCollector.brokenUnvisitedPages(document, pages);
                census = PdfPageWarnings.assess(pages, pageCount, brokenPages, xrefRebuilt);
                String refusal = census.refusal();
                if (refusal != null) {
                    LOG.warn("{} refused: {}; {}", name, refusal, census.warnings());
                    throw new ImportException(ImportFailure.CORRUPT, name, refusal + "; download or export it again");
                }
                List<Integer> toRecognise = pagesToRecognise(census, pageCount);
                if (!toRecognise.isEmpty()) {
                    if (ocr.engine().available()) {
                        scans = new ScanRecognizer(ocr.engine(), ocr.threads()).recognise(document, toRecognise,
                                monitor);
                        census.recognised(scans.keySet());
                        ocrWarnings.addAll(ScanWarnings.of(scans));
                    } else if (!census.anyText()) {
                        throw new ImportException(ImportFailure.OCR_UNAVAILABLE, name);
                    } else {
                        ocrWarnings.add("the scanned pages could not be read: reading scans needs Tesseract, which is"
                                + " not installed (install " + com.clearance.ingest.ocr.Tesseract.PACKAGES + ")");
                    }
                }
                sizes = pageSizes(document, pageCount);
            }
        } catch (WorkCancelledException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportFailure.ENCRYPTED, name, e);
        } catch (CancellationException e) {
            if (monitor.cancel() != null) {
                throw monitor.cancel(); // the user's cancel, as the rest of the import expects it
            }
            throw new ImportException(ImportFailure.CANCELLED, name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be parsed as PDF", name, e);
            throw new ImportException(ImportFailure.CORRUPT, name, e);
        } finally {
            closeQuietly(source);
        }
        pages = withRecognisedText(pages, scans, pageCount);
        boolean anyText = pages.stream().anyMatch(PdfPageText::hasText);
        if (!anyText) {
            throw noText(name, census, scans);
        }
        List<TextBlock> blocks = PdfBlockBuilder.build(RunningFurniture.strip(pages));
        if (blocks.isEmpty()) {
            throw noText(name, census, scans);
        }
        List<String> warnings = new ArrayList<>(census.warnings());
        warnings.addAll(ocrWarnings);
        return new ExtractedText(DocumentFormat.PDF, pageCount, blocks, warnings, layout(pages, sizes),
                ScanWarnings.scannedPages(scans));
    }

    private List<Integer> pagesToRecognise(PdfPageWarnings census, int pageCount) {
        return switch (ocr.mode()) {
            case NEVER -> List.of();
            case AUTO -> census.scannedPages();
            case ALWAYS -> IntStream.rangeClosed(1, pageCount).boxed().toList();
        };
    }

    /** The text layer's pages with every recognised page's lines in place of what the layer had there. */
    private static List<PdfPageText> withRecognisedText(List<PdfPageText> pages, Map<Integer, PageScan> scans,
                                                        int pageCount) {
        if (scans.isEmpty()) {
            return pages;
        }
        Map<Integer, PdfPageText> byNumber = new TreeMap<>();
        pages.forEach(p -> byNumber.put(p.number(), p));
        for (PageScan scan : scans.values()) {
            if (scan.problem() == null) {
                byNumber.put(scan.number(), new PdfPageText(scan.number(), scan.lines(), true, 0, 0));
            }
        }
        OcrCorrector corrector = new OcrCorrector(byNumber.values().stream().map(PdfPageText::lines).toList());
        for (PageScan scan : scans.values()) {
            if (scan.problem() == null) {
                byNumber.put(scan.number(), new PdfPageText(scan.number(),
                        scan.lines().stream().map(corrector::correct).toList(), true, 0, 0));
            }
        }
        return byNumber.values().stream().filter(p -> p.number() <= pageCount).toList();
    }

    private static List<PageLayout> layout(List<PdfPageText> pages, float[][] sizes) {
        List<PageLayout> out = new ArrayList<>(pages.size());
        for (PdfPageText page : pages) {
            float[] size = sizes[page.number() - 1];
            out.add(new PageLayout(page.number(), size[0], size[1],
                    page.lines().stream().map(PdfLine::layoutWords).toList()));
        }
        return out;
    }

    private static float[][] pageSizes(PDDocument document, int pageCount) {
        float[][] sizes = new float[pageCount][];
        for (int i = 0; i < pageCount; i++) {
            try {
                PDRectangle box = document.getPage(i).getCropBox();
                boolean turned = document.getPage(i).getRotation() % 180 != 0;
                sizes[i] = turned ? new float[]{box.getHeight(), box.getWidth()}
                        : new float[]{box.getWidth(), box.getHeight()};
            } catch (RuntimeException e) {
                sizes[i] = new float[]{PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight()};
            }
        }
        return sizes;
    }

    /**
     * The OCR hint only for pages that are images without text (and only when OCR was not asked to read them); a
     * scan OCR found nothing on says so; a file whose fonts cannot be decoded says so.
     */
    private ImportException noText(String name, PdfPageWarnings census, Map<Integer, PageScan> scans) {
        if (!scans.isEmpty()) {
            boolean allDamaged = scans.values().stream().allMatch(s -> s.problem() != null);
            return allDamaged
                    ? new ImportException(ImportFailure.CORRUPT, name, "its page images are damaged and could not be"
                    + " read by OCR; scan or export it again")
                    : new ImportException(ImportFailure.EMPTY, name, "it is a scan, and OCR found no text on any"
                    + " page (the pages look blank)");
        }
        if (census.anyScanned() && ocr.mode() == OcrMode.NEVER) {
            return new ImportException(ImportFailure.NO_TEXT_LAYER, name);
        }
        if (census.anyUndecodable()) {
            return new ImportException(ImportFailure.CORRUPT, name, "its text is in fonts without a character map,"
                    + " so it cannot be read; export it again as a PDF with text");
        }
        return new ImportException(ImportFailure.EMPTY, name);
    }

    private static void closeQuietly(RandomAccessReadBufferedFile source) {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                LOG.debug("closing PDF source failed", e);
            }
        }
    }
}

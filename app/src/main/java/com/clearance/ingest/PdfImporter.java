package com.clearance.ingest;

import com.clearance.domain.DocumentFormat;
import com.clearance.domain.WorkCancelledException;
import com.clearance.domain.WorkProgress;
import com.clearance.ingest.pdf.PdfBlockBuilder;
import com.clearance.ingest.pdf.PdfLineCollector;
import com.clearance.ingest.pdf.PdfPageText;
import com.clearance.ingest.pdf.PdfPageWarnings;
import com.clearance.ingest.pdf.RunningFurniture;
import com.clearance.text.ExtractedText;
import com.clearance.text.TextBlock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a PDF with PDFBox page by page: text per page in reading order, running headers/footers/page numbers
 * dropped, paragraphs rebuilt from lines. The file is read through a buffered random-access reader and scratch data
 * spills to temp files, and only each page's lines are kept, so a two-thousand-page contract stays within a small
 * heap. Every page read is reported, and a cancel stops the reading before the next page.
 */
public final class PdfImporter implements ContractImporter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfImporter.class);
    /** In-memory scratch before PDFBox spills to a temp file. */
    private static final long SCRATCH_IN_MEMORY = 16L * 1024 * 1024;
    static final long MAX_FILE_SIZE = 1024L * 1024 * 1024;

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

    /** Reads page by page, telling {@code progress} before each page; a cancel from it stops the reading there. */
    @Override
    public ExtractedText extract(Path file, WorkProgress progress) throws ImportException {
        String name = file.getFileName().toString();
        PdfFileChecks.requireReadableWhole(file, name, MAX_FILE_SIZE);
        List<PdfPageText> pages;
        int pageCount;
        java.util.Set<Integer> brokenPages;
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
                brokenPages = PdfLineCollector.brokenUnvisitedPages(document, pages);
            }
        } catch (WorkCancelledException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportFailure.ENCRYPTED, name, e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be parsed as PDF", name, e);
            throw new ImportException(ImportFailure.CORRUPT, name, e);
        } finally {
            closeQuietly(source);
        }
        PdfPageWarnings census = PdfPageWarnings.assess(pages, pageCount, brokenPages, xrefRebuilt);
        String refusal = census.refusal();
        if (refusal != null) {
            LOG.warn("{} refused: {}; {}", name, refusal, census.warnings());
            throw new ImportException(ImportFailure.CORRUPT, name, refusal + "; download or export it again");
        }
        if (!census.anyText()) {
            throw noText(name, census);
        }
        List<TextBlock> blocks = PdfBlockBuilder.build(RunningFurniture.strip(pages));
        if (blocks.isEmpty()) {
            throw noText(name, census);
        }
        return new ExtractedText(DocumentFormat.PDF, pageCount, blocks, census.warnings());
    }

    /** The OCR hint only for pages that are images without text; a file whose fonts cannot be decoded says so. */
    private static ImportException noText(String name, PdfPageWarnings census) {
        if (census.anyScanned()) {
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

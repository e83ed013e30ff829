package com.clearance.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders one page of an original PDF as a picture for the reviewer, at a given resolution (the page beside the
 * finding). Each call opens the file afresh, so the window never holds a document open between pages.
 */
public final class PageImages {

    /** A rendered page and how many pages the file has. */
    public record Page(BufferedImage image, int number, int pageCount) { }

    private static final Logger LOG = LoggerFactory.getLogger(PageImages.class);
    /** Above this many pixels a page is drawn at a lower resolution than asked (a poster stays within memory). */
    private static final double MAX_PIXELS = 40_000_000;

    private PageImages() {
    }

    /** @throws ImportException with one plain sentence when the file is gone, not a PDF or cannot be drawn */
    public static Page render(Path pdf, int page, float dpi) throws ImportException {
        String name = pdf.getFileName() == null ? pdf.toString() : pdf.getFileName().toString();
        if (!Files.isRegularFile(pdf)) {
            throw new ImportException(ImportFailure.NOT_FOUND, name, "the original file is no longer at " + pdf
                    + ", so its pages cannot be shown (the text read on import is still here)");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int count = doc.getNumberOfPages();
            int number = Math.max(1, Math.min(page, count));
            var box = doc.getPage(number - 1).getCropBox();
            double pixels = box.getWidth() / 72.0 * dpi * box.getHeight() / 72.0 * dpi;
            float used = pixels > MAX_PIXELS ? (float) (dpi * Math.sqrt(MAX_PIXELS / pixels)) : dpi;
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(number - 1, used, ImageType.RGB);
            return new Page(image, number, count);
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportFailure.ENCRYPTED, name, e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("page {} of {} could not be drawn", page, pdf, e);
            throw new ImportException(ImportFailure.CORRUPT, name, "its page " + page + " could not be drawn");
        }
    }
}

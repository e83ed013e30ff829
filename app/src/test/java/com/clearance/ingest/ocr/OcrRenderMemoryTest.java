package com.clearance.ingest.ocr;

import com.clearance.ingest.ImportMonitor;
import com.clearance.service.ScannedCopy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCR render pass keeps no page picture once the page is drawn. PDFBox's default resource cache keeps every
 * picture it drew, with its decoded pixels, so a long scan's heap grew by one decoded picture per page
 * (LongScanProcessTest measures the whole import). Needs no Tesseract: a missing program fails each page after it
 * was rendered.
 */
class OcrRenderMemoryTest {

    private static final int PAGES = 3;

    @Test
    void theDefaultCacheKeepsEveryDrawnPictureWhichIsWhatTheOcrPassMustNotDo(@TempDir Path dir) throws Exception {
        try (PDDocument scan = Loader.loadPDF(pictureScan(dir).toFile())) {
            PDFRenderer plain = new PDFRenderer(scan);
            for (int i = 0; i < PAGES; i++) plain.renderImageWithDPI(i, 72, ImageType.GRAY);

            assertThat(cachedPictures(scan)).as("PDFBox's default cache").isEqualTo(PAGES);
        }
    }

    @Test
    void recognisingAScanLeavesNoPagePictureInTheDocumentsCache(@TempDir Path dir) throws Exception {
        Tesseract missing = new Tesseract(dir.resolve("no-such-tesseract").toString(), "eng");
        try (PDDocument scan = Loader.loadPDF(pictureScan(dir).toFile())) {
            Map<Integer, PageScan> pages = new ScanRecognizer(missing, 2)
                    .recognise(scan, List.of(1, 2, 3), ImportMonitor.NONE);

            assertThat(pages.values()).as("every page was rendered and handed to the engine")
                    .hasSize(PAGES).allSatisfy(p -> assertThat(p.problem()).startsWith("Tesseract could not read it"));
            assertThat(cachedPictures(scan)).isZero();
        }
    }

    /** A small scan: pages that are one picture each, written and read back so the pictures are indirect objects. */
    private static Path pictureScan(Path dir) throws Exception {
        Path file = dir.resolve("pictures.pdf");
        try (PDDocument out = new PDDocument()) {
            for (int i = 0; i < PAGES; i++) {
                ScannedCopy.addPicture(out, new PDRectangle(144, 144), picture("page " + (i + 1)));
            }
            out.save(file.toFile());
        }
        return file;
    }

    private static BufferedImage picture(String text) {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 300);
        g.setColor(Color.BLACK);
        g.drawString(text, 40, 150);
        g.dispose();
        return image;
    }

    /** How many of the pages' pictures the document's resource cache holds. */
    private static int cachedPictures(PDDocument scan) {
        int cached = 0;
        for (PDPage page : scan.getPages()) {
            COSDictionary xobjects = page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getItem(name) instanceof COSObject indirect
                        && scan.getResourceCache().getXObject(indirect) != null) {
                    cached++;
                }
            }
        }
        return cached;
    }
}

package com.clearance.ingest.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFBox's resource cache without pictures: fonts, colour spaces and forms are still kept, image XObjects are not.
 * A scan draws each page's picture once, but the default cache keeps every picture it drew and the picture keeps its
 * decoded pixels (8 MB for a letter page at 150 dpi), both behind soft references the collector clears only when the
 * heap is full: the heap of an OCR import grew by one decoded picture per page until it reached the maximum.
 */
public final class ImagelessResourceCache extends DefaultResourceCache {

    /** Puts this cache on {@code document}; pages fetched from it afterwards use it. */
    public static void applyTo(PDDocument document) {
        document.setResourceCache(new ImagelessResourceCache());
    }

    @Override
    public void put(COSObject indirect, PDXObject xobject) {
        if (!(xobject instanceof PDImageXObject)) {
            super.put(indirect, xobject);
        }
    }
}

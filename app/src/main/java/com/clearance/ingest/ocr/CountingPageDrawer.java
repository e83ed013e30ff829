package com.clearance.ingest.ocr;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import java.io.IOException;
import java.util.List;

/**
 * A renderer that counts the drawing instructions PDFBox had to skip while painting a page. PDFBox leaves out an image
 * it cannot decode and paints the rest; the count lets OCR say the page's image is damaged instead of calling it
 * blank.
 */
final class CountingPageDrawer extends PDFRenderer {

    private int failedImages;

    CountingPageDrawer(PDDocument document) {
        super(document);
    }

    /** Failed image draws since the last call; resets the count. */
    int takeFailedImages() {
        int n = failedImages;
        failedImages = 0;
        return n;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            protected void operatorException(Operator operator, List<COSBase> operands, IOException e)
                    throws IOException {
                if ("Do".equals(operator.getName()) || "BI".equals(operator.getName())
                        || "EI".equals(operator.getName())) {
                    failedImages++;
                }
                super.operatorException(operator, operands, e);
            }
        };
    }
}

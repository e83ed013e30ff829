package com.clearance.ingest.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Whether a page's Flate-compressed content stream decompresses without an error. PDFBox stops at the first bad
 * byte and goes on with what it decoded, so a flipped byte silently cuts the page short; this check makes it seen.
 * A stream that merely ends early (no checksum) is not counted: some writers do that to whole files.
 */
final class ContentStreamCheck {

    private static final int MAX_CHECKED = 32 * 1024 * 1024;

    private ContentStreamCheck() {
    }

    static boolean damaged(PDPage page) {
        try {
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                if (damaged(it.next().getCOSObject())) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static boolean damaged(COSStream stream) {
        if (!onlyFlate(stream.getFilters())) {
            return false;
        }
        Inflater inflater = new Inflater();
        byte[] input = new byte[16 * 1024];
        byte[] output = new byte[64 * 1024];
        long read = 0;
        try (InputStream raw = stream.createRawInputStream()) {
            for (int n = raw.read(input); n > 0 && read < MAX_CHECKED; n = raw.read(input)) {
                read += n;
                inflater.setInput(input, 0, n);
                while (!inflater.needsInput() && !inflater.finished()) {
                    inflater.inflate(output);
                }
                if (inflater.finished()) {
                    return false;
                }
            }
            return false;
        } catch (DataFormatException e) {
            return true;
        } catch (IOException e) {
            return true;
        } finally {
            inflater.end();
        }
    }

    private static boolean onlyFlate(COSBase filters) {
        if (filters instanceof COSName name) {
            return COSName.FLATE_DECODE.equals(name);
        }
        return filters instanceof COSArray array && array.size() == 1 && COSName.FLATE_DECODE.equals(array.getObject(0));
    }
}

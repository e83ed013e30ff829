package com.clearance.ingest.pdf;

import com.clearance.domain.WorkProgress;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;

/**
 * Runs PDFBox's text stripper over a document page by page and keeps each page's lines with their positions instead
 * of a flat string; nothing of a page but its lines outlives it. Before each page it tells the {@link WorkProgress},
 * which may stop the reading there (a cancel). A page whose content stream throws is recorded as unreadable and the
 * next page goes on.
 */
public final class PdfLineCollector extends PDFTextStripper {

    private static final Logger LOG = LoggerFactory.getLogger(PdfLineCollector.class);

    private final List<PdfPageText> pages = new ArrayList<>();
    private List<PdfLine> pageLines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float baseline;
    private float height;
    private float left = Float.MAX_VALUE;
    private float right;
    private int undecoded;
    private int failedOperations;
    private int textOperators;
    private int imageOperators;
    private boolean damagedStream;
    private final OverprintFilter overprint = new OverprintFilter();
    private final Map<PDFont, Boolean> fontsWithoutUnicodeMap = new IdentityHashMap<>();
    private WorkProgress progress = WorkProgress.NONE;
    private int pageCount;

    public PdfLineCollector() {
        // Reading order as the content stream gives it (like pdftotext's default); sorting costs time and scrambles
        // documents whose streams are already in order.
        setSortByPosition(false);
        // PDFBox's own overlap check costs more than the rest of extraction; OverprintFilter does the same job
        setSuppressDuplicateOverlappingText(false);
    }

    /** Extracts every page of {@code document}; one entry per page, in page order. */
    public List<PdfPageText> collect(PDDocument document) throws IOException {
        return collect(document, WorkProgress.NONE);
    }

    /**
     * Extracts every page, telling {@code progress} "reading page" n-1 of N before page n and N of N at the end; a
     * {@link com.clearance.domain.WorkCancelledException} from it stops the reading and comes out of here.
     */
    public List<PdfPageText> collect(PDDocument document, WorkProgress progress) throws IOException {
        pages.clear();
        this.progress = progress;
        this.pageCount = document.getNumberOfPages();
        try {
            writeText(document, Writer.nullWriter());
        } finally {
            this.progress = WorkProgress.NONE;
        }
        progress.step(READING_PAGE, pageCount, pageCount);
        return List.copyOf(pages);
    }

    /** The stage name reported while pages are read. */
    public static final String READING_PAGE = "reading page";

    /**
     * Pages PDFBox did not visit although they should have content: the page object is missing, or its /Contents is
     * there but does not lead to a stream (a page with no /Contents at all is blank).
     */
    public static Set<Integer> brokenUnvisitedPages(PDDocument document, List<PdfPageText> visited) {
        Set<Integer> seen = new HashSet<>();
        visited.forEach(p -> seen.add(p.number()));
        Set<Integer> broken = new TreeSet<>();
        int count = document.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            if (seen.contains(n)) {
                continue;
            }
            try {
                COSDictionary page = document.getPage(n - 1).getCOSObject();
                COSBase declared = page.getItem(COSName.CONTENTS);
                COSBase resolved = page.getDictionaryObject(COSName.CONTENTS);
                boolean usable = resolved instanceof COSStream
                        || resolved instanceof COSArray array && array.size() > 0;
                if (declared != null && !usable) {
                    broken.add(n);
                }
            } catch (RuntimeException e) {
                broken.add(n);
            }
        }
        return broken;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        int number = getCurrentPageNo();
        progress.step(READING_PAGE, number - 1, pageCount); // outside the try below: a cancel is not a damaged page
        damagedStream = ContentStreamCheck.damaged(page);
        if (damagedStream) {
            LOG.warn("page {}: its content stream is damaged; only part of it can be read", number);
        }
        try {
            super.processPage(page);
        } catch (IOException | RuntimeException e) {
            LOG.warn("page {} could not be read", number, e);
            pages.add(new PdfPageText(number, List.of(), false, 0, 0, 0, 0, true));
            resetPage();
        }
    }

    @Override
    protected void startPage(PDPage page) {
        resetPage();
    }

    @Override
    protected void endPage(PDPage page) {
        flushLine();
        pages.add(new PdfPageText(getCurrentPageNo(), pageLines, true, undecoded, failedOperations, textOperators,
                imageOperators, damagedStream));
        resetPage();
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        // PDFBox silently drops glyphs of composite fonts that have no Unicode mapping; count them for a warning.
        if (mayLackUnicode(font) && font.toUnicode(code) == null) {
            undecoded++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!overprint.isRepeat(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj())) {
            super.processTextPosition(text);
        }
    }

    /** Counts the instructions that show text and draw images: a scanned page has the second and not the first. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        switch (operator.getName()) {
            case "Tj", "TJ", "'", "\"" -> textOperators++;
            case "Do", "BI" -> imageOperators++;
            default -> { }
        }
        super.processOperator(operator, operands);
    }

    /** PDFBox skips a drawing instruction it cannot carry out (bad font, bad operand); count it, then let it. */
    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        failedOperations++;
        super.operatorException(operator, operands, e);
    }

    /** Only composite fonts without a ToUnicode map can lose glyphs; decided once per font. */
    private boolean mayLackUnicode(PDFont font) {
        return fontsWithoutUnicodeMap.computeIfAbsent(font, f -> !(f instanceof PDSimpleFont)
                && !f.getCOSObject().containsKey(COSName.TO_UNICODE));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.append(text);
        for (TextPosition p : positions) {
            baseline = Math.max(baseline, p.getYDirAdj());
            height = Math.max(height, p.getHeightDir());
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
        }
    }

    @Override
    protected void writeString(String text) {
        // page/paragraph/article markers: nothing to keep
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    private void flushLine() {
        String text = line.toString().replace('\u00A0', ' ').strip();
        if (!text.isEmpty()) {
            pageLines.add(new PdfLine(text, baseline, height, left == Float.MAX_VALUE ? 0 : left, right));
        }
        line.setLength(0);
        baseline = 0;
        height = 0;
        left = Float.MAX_VALUE;
        right = 0;
    }

    private void resetPage() {
        overprint.clear();
        line.setLength(0);
        pageLines = new ArrayList<>();
        baseline = 0;
        height = 0;
        left = Float.MAX_VALUE;
        right = 0;
        undecoded = 0;
        failedOperations = 0;
        textOperators = 0;
        imageOperators = 0;
    }
}

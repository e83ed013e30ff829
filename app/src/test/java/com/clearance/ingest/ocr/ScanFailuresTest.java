package com.clearance.ingest.ocr;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;
import com.clearance.ingest.ImportFailure;
import com.clearance.domain.WorkCancelledException;
import com.clearance.domain.WorkProgress;
import com.clearance.ingest.ImportMonitor;
import com.clearance.ingest.ImporterRegistry;
import com.clearance.service.ScannedCopy;
import com.clearance.service.TypedCopy;
import com.clearance.text.TextBlock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scans that go wrong end with a plain sentence or a warning, never a stack trace; cancel stops OCR at once. */
class ScanFailuresTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTesseract() {
        Scans.assumeTesseract();
    }

    private static List<TextBlock> clause(int page) {
        return List.of(TextBlock.heading("SCHEDULE " + page, page, 1),
                TextBlock.paragraph(page + ".1 The Provider shall not use Customer Data to train any model.", page),
                TextBlock.paragraph(page + ".2 Customer Data is stored and processed only in the European Union.",
                        page));
    }

    /** A typed PDF of {@code pages} short pages, one schedule each. */
    private Path typed(int pages, String name) throws Exception {
        Path typed = new TypedCopy().write(clause(1), dir.resolve(name + "-one.pdf"));
        try (PDDocument out = new PDDocument()) {
            List<PDDocument> open = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                PDDocument one = Loader.loadPDF(new TypedCopy().write(clause(i), dir.resolve(name + i + ".pdf")).toFile());
                open.add(one);
                out.importPage(one.getPage(0));
            }
            out.save(dir.resolve(name + ".pdf").toFile());
            for (PDDocument d : open) {
                d.close();
            }
        }
        return typed.resolveSibling(name + ".pdf");
    }

    /** A long scan made cheaply: the pages of one short scan over and over. */
    private Path repeated(Path scan, int pages, String name) throws Exception {
        Path out = dir.resolve(name);
        try (PDDocument source = Loader.loadPDF(scan.toFile()); PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.importPage(source.getPage(i % source.getNumberOfPages()));
            }
            doc.save(out.toFile());
        }
        return out;
    }

    @Test
    void aBlankScannedPageIsAWarningAndTheOthersAreRead() throws Exception {
        Path scan = new ScannedCopy().write(typed(2, "two"), dir.resolve("scan.pdf"));
        Path withBlank = dir.resolve("with-blank.pdf");
        try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
            ScannedCopy.addPicture(doc, PDRectangle.LETTER, blankImage());
            doc.save(withBlank.toFile());
        }

        ContractDocument read = new ContractReader().read(withBlank);

        assertThat(read.pageCount()).isEqualTo(3);
        assertThat(read.text()).contains("train any model").contains("European Union");
        assertThat(read.warnings()).contains("page 3 was scanned but no text was recognised (blank)")
                .contains("pages 1-2 were scanned and read by OCR; check important wording against the page image");
        assertThat(read.scannedPages()).extracting(p -> p.number()).containsExactly(1, 2);
    }

    @Test
    void aScanOfOnlyABlankPageIsRefusedInOneSentence() throws Exception {
        Path blank = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            ScannedCopy.addPicture(doc, PDRectangle.LETTER, blankImage());
            doc.save(blank.toFile());
        }

        assertThatThrownBy(() -> new ContractReader().read(blank)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage())
                        .isEqualTo("blank.pdf: it is a scan, and OCR found no text on any page (the pages look blank)."));
    }

    @Test
    void aCorruptImageIsAWarningForItsPageOnly() throws Exception {
        Path scan = new ScannedCopy().write(typed(1, "one"), dir.resolve("scan.pdf"));
        Path damaged = dir.resolve("damaged.pdf");
        try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(doc, blankImage());
            byte[] garbage = new byte[5000];
            new Random(3).nextBytes(garbage);
            try (OutputStream raw = image.getCOSObject().createRawOutputStream()) {
                raw.write(garbage); // still called a JPEG, no longer one
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
            doc.save(damaged.toFile());
        }

        ContractDocument read = new ContractReader().read(damaged);

        assertThat(read.text()).contains("train any model");
        assertThat(read.warnings()).anyMatch(w -> w.startsWith("page 2 ")
                && (w.contains("image is damaged") || w.contains("no text was recognised")))
                .noneMatch(w -> w.contains("Exception"));
    }

    @Test
    void aScanWhoseEveryImageIsCorruptIsRefusedAsDamaged() throws Exception {
        Path damaged = dir.resolve("all-damaged.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(doc, blankImage());
            try (OutputStream raw = image.getCOSObject().createRawOutputStream()) {
                raw.write(new byte[]{1, 2, 3, 4, 5});
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
            doc.save(damaged.toFile());
        }

        assertThatThrownBy(() -> new ContractReader().read(damaged)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage()).startsWith("all-damaged.pdf: ").doesNotContain("Exception"));
    }

    @Test
    void aMixedPdfKeepsItsTextLayerAndRecognisesOnlyTheScannedPage() throws Exception {
        Path typed = typed(2, "mixed-source");
        Path scan = new ScannedCopy().write(typed, dir.resolve("mixed-scan.pdf"));
        Path mixed = dir.resolve("mixed.pdf");
        try (PDDocument t = Loader.loadPDF(typed.toFile()); PDDocument s = Loader.loadPDF(scan.toFile());
             PDDocument out = new PDDocument()) {
            out.importPage(t.getPage(0));
            out.importPage(s.getPage(1));
            out.save(mixed.toFile());
        }

        ContractDocument read = new ContractReader().read(mixed);

        assertThat(read.scannedPages()).extracting(p -> p.number()).containsExactly(2);
        assertThat(read.sentences()).filteredOn(s -> s.page() == 1).isNotEmpty().noneMatch(s -> s.fromOcr());
        assertThat(read.sentences()).filteredOn(s -> s.page() == 2).isNotEmpty().allMatch(s -> s.fromOcr());
        assertThat(read.text()).contains("1.1 The Provider shall not use").contains("2.2 Customer Data is stored");
    }

    @Test
    void ocrAlwaysReadsTypedPagesFromTheirImage() throws Exception {
        Path typed = typed(1, "typed");
        ContractReader always = new ContractReader(ImporterRegistry.defaults(OcrSettings.defaults()
                .withMode(OcrMode.ALWAYS)));

        ContractDocument read = always.read(typed);

        assertThat(read.scannedPages()).extracting(p -> p.number()).containsExactly(1);
        assertThat(read.sentences()).allMatch(s -> s.fromOcr());
        assertThat(read.text()).contains("train any model");
    }

    @Test
    void cancelStopsRecognitionWithinASecondAndLeavesNoTesseractRunning() throws Exception {
        Path scan = repeated(new ScannedCopy().write(typed(2, "long"), dir.resolve("short-scan.pdf")), 40,
                "long-scan.pdf");
        AtomicLong cancelledAt = new AtomicLong();
        List<Integer> progress = new CopyOnWriteArrayList<>();
        // the window's way: the progress throws to say stop, and OCR stops between pages
        WorkProgress monitor = (stage, done, total) -> {
            if (ImportMonitor.RECOGNISING_PAGE.equals(stage) && done > 0) {
                progress.add(done);
                cancelledAt.compareAndSet(0, System.nanoTime());
            }
            if (cancelledAt.get() != 0) {
                throw new WorkCancelledException();
            }
        };

        assertThatThrownBy(() -> new ContractReader().read(scan, monitor)).isInstanceOf(WorkCancelledException.class);
        long stoppedMs = (System.nanoTime() - cancelledAt.get()) / 1_000_000;

        assertThat(stoppedMs).as("ms from cancel to the import ending").isLessThan(1000);
        assertThat(progress).hasSizeLessThan(40);
        Thread.sleep(200);
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").contains("tesseract")))
                .as("tesseract processes left running").isEmpty();
    }

    @Test
    void progressIsReportedForEveryPageOfALongScan() throws Exception {
        Path scan = repeated(new ScannedCopy().write(typed(2, "progress"), dir.resolve("short.pdf")), 12,
                "progress-scan.pdf");
        List<int[]> progress = new CopyOnWriteArrayList<>();
        WorkProgress monitor = (stage, done, total) -> {
            boolean repeat = !progress.isEmpty() && progress.get(progress.size() - 1)[0] == done;
            if (ImportMonitor.RECOGNISING_PAGE.equals(stage) && !repeat) {
                progress.add(new int[]{done, total}); // polls for cancel repeat the last count
            }
        };

        ContractDocument read = new ContractReader().read(scan, monitor);

        assertThat(read.pageCount()).isEqualTo(12);
        assertThat(progress).extracting(p -> p[0]).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(progress).allMatch(p -> p[1] == 12);
        assertThat(read.text()).contains("train any model");
    }

    private static BufferedImage blankImage() {
        BufferedImage image = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 850, 1100);
        g.dispose();
        return image;
    }
}

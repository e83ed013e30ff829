package com.clearance.ingest.ocr;

import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;
import com.clearance.service.ScannedCopy;
import com.clearance.service.TypedCopy;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Typed and scanned PDFs made from our own fixtures, for the OCR tests. */
final class Scans {

    static final Path FIXTURES = Path.of(System.getProperty("clearance.repoRoot", ".."))
            .resolve("app/src/test/resources/eval/fixtures");

    private Scans() {
    }

    static Path typed(Path source, Path out) throws IOException, ImportException {
        return new TypedCopy().write(new ContractReader().extract(source).blocks(), out);
    }

    static Path scanned(Path typed, Path out) throws IOException {
        return new ScannedCopy().write(typed, out);
    }

    static void assumeTesseract() {
        assumeTrue(Tesseract.configured().available(),
                "Tesseract is not installed (apt-get install -y " + Tesseract.PACKAGES + "); skipping OCR test");
    }
}

package com.clearance.ingest.ocr;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Finding;
import com.clearance.domain.Sentence;
import com.clearance.domain.Status;
import com.clearance.ingest.ContractReader;
import com.clearance.scoring.AuditEngine;
import com.clearance.scoring.TestDocs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own fixtures printed as typed PDFs, then scanned (rendered, turned, speckled, saved as pictures): the scan
 * read by OCR must score every clause as the typed original does, and keep where each sentence sits on the page.
 */
class ScannedContractTest {

    private static AuditEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        Scans.assumeTesseract();
        engine = new AuditEngine(TestDocs.shippedLibrary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-form-apex.txt", "dpa-schedule-harbor.txt", "formal-us-msa-northwind.md"})
    void aScanScoresTheSameClausesAsItsTypedOriginal(String fixture) throws Exception {
        Path typed = Scans.typed(Scans.FIXTURES.resolve(fixture), dir.resolve("typed.pdf"));
        Path scanned = Scans.scanned(typed, dir.resolve("scanned.pdf"));
        ContractReader reader = new ContractReader();
        ContractDocument typedDoc = reader.read(typed);
        ContractDocument scannedDoc = reader.read(scanned);

        assertThat(typedDoc.scannedPages()).isEmpty();
        assertThat(scannedDoc.scannedPages()).hasSize(typedDoc.pageCount());
        assertThat(scannedDoc.warnings()).anyMatch(w -> w.contains("scanned and read by OCR"));
        assertThat(statuses(engine.audit(scannedDoc))).isEqualTo(statuses(engine.audit(typedDoc)));

        Sentence first = scannedDoc.sentences().get(0);
        assertThat(first.fromOcr()).isTrue();
        assertThat(first.ocrConfidence()).isGreaterThan(ScanWarnings.POOR_CONFIDENCE);
        assertThat(first.regions()).isNotEmpty();
        assertThat(typedDoc.sentences().get(0).fromOcr()).isFalse();
        // the same sentence sits in the same place on the typed page and on its scan (a small turn moves it a little)
        var typedBox = typedDoc.sentences().get(0).regions().get(0);
        var scannedBox = first.regions().get(0);
        assertThat(scannedBox.page()).isEqualTo(typedBox.page());
        assertThat(scannedBox.y()).isCloseTo(typedBox.y(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(scannedBox.x()).isCloseTo(typedBox.x(), org.assertj.core.data.Offset.offset(0.02));
    }

    private static Map<String, Status> statuses(AuditResult result) {
        return result.findings().stream().collect(Collectors.toMap(Finding::clauseId, Finding::status));
    }
}

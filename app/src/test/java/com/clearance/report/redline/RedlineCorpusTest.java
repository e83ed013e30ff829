package com.clearance.report.redline;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.AuditedContract;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.ReportContext;
import com.clearance.service.AuditService;
import com.clearance.service.ReportService;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redlines of real vendor terms in ../shared/corpus (a Word file and a PDF): every proposal is a tracked change with
 * a comment, accept-all carries our language and none of the struck sentences, reject-all is the original text.
 */
class RedlineCorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"cloudtemple-cgvu-general-terms-of-sale-and-use-fr-2024-03.docx",
            "anthropic-commercial-terms-2025-02-24.pdf"})
    void realTermsRedlineAndAcceptOrRejectCleanly(String name) throws Exception {
        Path corpus = Path.of(System.getProperty("clearance.shared", "../shared")).resolve("corpus");
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve(name)), "shared corpus not present at " + corpus + "; skipping");
        AuditService audit = new AuditService(AuditService.loadLibrary(null).library());
        ClauseCatalog catalog = ReportService.catalog(audit.library());
        Path file = corpus.resolve(name);
        ContractDocument document = audit.read(file);
        AuditResult result = audit.audit(document);
        AuditedContract contract = new AuditedContract(result, ReportContext.of(result, "Vendor", "Jane Counsel",
                LocalDate.of(2026, 12, 3), List.of()));
        byte[] original = ReportService.vendorDocx(document, file);
        assertThat(original != null).isEqualTo(name.endsWith(".docx"));
        List<RedlinePoint> points = RedlinePoints.select(contract, catalog);
        assertThat(points).isNotEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RedlineDocxExporter(ReportTemplateLoader.loadDefaults(), catalog)
                .export(new RedlineSource(contract, document, original), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFDocument before = original != null ? new XWPFDocument(new ByteArrayInputStream(original))
                     : ContractDocxBuilder.build(document, "Calibri", "Calibri", "#000000", "")) {
            Element body = (Element) doc.getDocument().getBody().getDomNode();
            assertThat(doc.getComments()).hasSize(points.size());
            long replaced = points.stream().filter(p -> !p.missing()).count();
            assertThat(WordXml.descendants(body, "del")).hasSizeGreaterThanOrEqualTo((int) Math.min(1, replaced));
            String accepted = String.join(" ", TrackedChangesView.acceptAll(doc)).replaceAll("\\s+", " ");
            for (RedlinePoint p : points) {
                assertThat(accepted).as(p.clauseId()).contains(p.preferred());
            }
            for (Element del : WordXml.descendants(body, "del")) {
                String struck = WordXml.textOf(del).strip();
                if (struck.length() > 40) {
                    assertThat(accepted).doesNotContain(struck);
                }
            }
            assertThat(TrackedChangesView.rejectAll(doc)).isEqualTo(TrackedChangesView.plain(before));
        }
    }
}

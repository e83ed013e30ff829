package com.clearance.report;

import com.clearance.domain.reporting.NegotiationWording;
import com.clearance.domain.reporting.ReportTemplates;
import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.negotiation.NegotiationPackDocxExporter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NegotiationPackDocxExporterTest {

    private static XWPFDocument render(ReportTemplates templates) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NegotiationPackDocxExporter(templates, ReportFixtures.catalog()).export(ReportFixtures.contract(), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> withStyle(XWPFDocument doc, String styleId) {
        return doc.getParagraphs().stream().filter(p -> styleId.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void eachOpenPointIsANumberedHeading1WithProblemAndLanguage() throws IOException {
        try (XWPFDocument doc = render(ReportTemplateLoader.loadDefaults())) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            // confidentiality was waived and security-incident is protective: neither goes to the vendor
            assertThat(withStyle(doc, "Heading1")).containsExactly("Training on customer data",
                    "Model substitution and retirement", "Data residency");
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    assertThat(p.getNumID()).isNotNull();
                    assertThat(p.getNumFmt()).isEqualTo("decimal");
                }
            }
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("The agreement gives the vendor a right on training on customer data",
                    "The agreement is silent on data residency",
                    "Provider shall not use Customer Data to train any model.",
                    "Provider shall not use Customer Data to train any model without Customer's written opt-in.",
                    "Customer Data shall be stored and processed only in the EU.",
                    "(page 4, 5.2(b))", "We have no fallback position on this point.");
            // the reviewer's note goes with its point, right after the current wording
            assertThat(text).contains("Our note: Must be fixed before signature.");
            assertThat(text.indexOf("Our note: Must be fixed")).isGreaterThan(text.indexOf("training on customer data"))
                    .isLessThan(text.indexOf("Model substitution and retirement"));
            assertThat(withStyle(doc, "Heading2")).contains("Proposed language", "Fallback position");
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList().get(0).getText()).contains("acme-ai-services-agreement.pdf");
        }
    }

    @Test
    void settledPointsStayWhenTheTemplateSaysSo() throws IOException {
        ReportTemplates defaults = ReportTemplateLoader.loadDefaults();
        NegotiationWording w = defaults.negotiation();
        NegotiationWording keepAll = new NegotiationWording(w.title(), w.intro(), w.bodyFont(), w.headingFont(),
                w.problemLabel(), w.evidenceLabel(), w.noteLabel(), w.preferredLabel(), w.fallbackLabel(), w.noFallback(),
                w.problems(), false, w.closing());
        try (XWPFDocument doc = render(new ReportTemplates(defaults.theme(), defaults.gap(), keepAll, defaults.portfolio(),
                defaults.readiness(), defaults.redline()))) {
            assertThat(withStyle(doc, "Heading1")).contains("Confidentiality of customer content")
                    .doesNotContain("Security incident notice");
        }
    }
}

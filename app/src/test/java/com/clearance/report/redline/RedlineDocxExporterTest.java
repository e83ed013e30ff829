package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.Decision;
import com.clearance.domain.DecisionKind;
import com.clearance.ingest.ContractReader;
import com.clearance.library.ReportTemplateLoader;
import com.clearance.report.AuditedContract;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.clearance.report.redline.RedlineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class RedlineDocxExporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:30:00Z"), ZoneOffset.UTC);

    private static byte[] redline(RedlineSource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RedlineDocxExporter(ReportTemplateLoader.loadDefaults(), catalog(), CLOCK).export(source, out);
        return out.toByteArray();
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static ContractDocument read(Path file) throws Exception {
        return new ContractReader().read(file);
    }

    private static Element body(XWPFDocument doc) {
        return (Element) doc.getDocument().getBody().getDomNode();
    }

    @Test
    void aVendorDocxGetsTrackedChangesByTheReviewerAndAcceptAllGivesOurLanguage(@TempDir Path dir) throws Exception {
        byte[] original = vendorDocx();
        Path file = Files.write(dir.resolve("acme-msa.docx"), original);
        ContractDocument document = read(file);
        byte[] redlined = redline(new RedlineSource(audited(document, List.of()), document, original));

        try (XWPFDocument doc = open(redlined); XWPFDocument before = open(original)) {
            List<Element> deletions = WordXml.descendants(body(doc), "del");
            List<Element> insertions = WordXml.descendants(body(doc), "ins");
            assertThat(deletions).isNotEmpty().allSatisfy(d -> {
                assertThat(WordXml.attr(d, "author")).isEqualTo("Jane Counsel");
                assertThat(WordXml.attr(d, "date")).isEqualTo("2026-12-03T09:30:00Z");
            });
            assertThat(insertions).allSatisfy(i -> assertThat(WordXml.attr(i, "author")).isEqualTo("Jane Counsel"));
            assertThat(WordXml.descendants(body(doc), "delText")).isNotEmpty();

            List<String> accepted = TrackedChangesView.acceptAll(doc);
            String acceptedText = String.join("\n", accepted);
            assertThat(acceptedText).contains(PREFERRED_TRAINING, PREFERRED_RETIREMENT, PREFERRED_RESIDENCY,
                    BEFORE, AFTER, SECURITY);
            assertThat(acceptedText).doesNotContain(TRAINING_TAIL.strip(), RETIREMENT, TRAINING_LEAD + TRAINING_BOLD);
            assertThat(acceptedText).doesNotContain("Provider shall notify within 24 hours"); // protective: untouched
            // the sentences around the struck one stay in their paragraph, in order
            assertThat(accepted).anyMatch(p -> p.startsWith(BEFORE + " " + PREFERRED_TRAINING)
                    && p.endsWith(" " + AFTER));

            assertThat(TrackedChangesView.rejectAll(doc)).isEqualTo(TrackedChangesView.plain(before));
        }
    }

    @Test
    void formattingHyperlinkFootnoteNumberingTablesAndHeadersAreKept(@TempDir Path dir) throws Exception {
        byte[] original = vendorDocx();
        ContractDocument document = read(Files.write(dir.resolve("acme-msa.docx"), original));
        try (XWPFDocument doc = open(redline(new RedlineSource(audited(document, List.of()), document, original)))) {
            Element body = body(doc);
            // the struck bold and italic runs keep their formatting inside w:del
            assertThat(WordXml.descendants(body, "del")).anyMatch(d -> !WordXml.descendants(d, "b").isEmpty()
                    && WordXml.textOf(d).contains(TRAINING_BOLD));
            assertThat(WordXml.descendants(body, "del")).anyMatch(d -> !WordXml.descendants(d, "i").isEmpty());
            // the hyperlink is still there, its text deleted inside it
            List<Element> links = WordXml.descendants(body, "hyperlink");
            assertThat(links).hasSize(1);
            assertThat(WordXml.descendants(links.get(0), "del")).isNotEmpty();
            // the footnote reference survives (kept, not deleted) and the footnote with it
            List<Element> refs = WordXml.descendants(body, "footnoteReference");
            assertThat(refs).hasSize(1);
            assertThat(TrackedEdit.runOf(refs.get(0)).getParentNode().getLocalName()).isNotEqualTo("del");
            assertThat(doc.getFootnotes()).anyMatch(n -> n.getParagraphs().stream().anyMatch(p -> p.getText().contains("policy page may change")));
            // numbering, table and header untouched
            assertThat(WordXml.descendants(body, "numPr")).hasSizeGreaterThanOrEqualTo(4);
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("99.9 percent");
            assertThat(doc.getHeaderList()).anyMatch(h -> h.getText().contains("Acme Model Services Agreement v3"));
        }
    }

    @Test
    void eachProposalCarriesACommentWithIssueReasonFallbackAndNote(@TempDir Path dir) throws Exception {
        byte[] original = vendorDocx();
        ContractDocument document = read(Files.write(dir.resolve("acme-msa.docx"), original));
        List<Decision> decisions = List.of(
                new Decision("training-use", DecisionKind.NEGOTIATE, "Deal-breaker for the EU launch.", "Jane Counsel", null),
                new Decision("model-substitution", DecisionKind.ACCEPT, "", "Jane Counsel", null),
                new Decision("data-residency", DecisionKind.NEGOTIATE, "", "Jane Counsel", null));
        AuditedContract contract = audited(document, decisions);
        try (XWPFDocument doc = open(redline(new RedlineSource(contract, document, original)))) {
            XWPFComment[] comments = doc.getComments();
            assertThat(comments).hasSize(2);
            assertThat(comments[0].getAuthor()).isEqualTo("Jane Counsel");
            assertThat(comments[0].getInitials()).isEqualTo("JC");
            assertThat(comments[0].getText()).contains("Issue:", "Training on customer data is adverse",
                    "Why:", "Provider may train on customer content.", "Fallback:", "written opt-in",
                    "Reviewer's note:", "Deal-breaker for the EU launch.");
            assertThat(comments[1].getText()).contains("Data residency is missing", "no such clause")
                    .doesNotContain("Reviewer's note:");
            // accepted findings are left alone
            assertThat(String.join("\n", TrackedChangesView.acceptAll(doc))).contains(RETIREMENT)
                    .doesNotContain(PREFERRED_RETIREMENT);
            // every comment is anchored in the body: start, end and a reference with its id
            Element body = body(doc);
            for (XWPFComment c : comments) {
                assertThat(WordXml.descendants(body, "commentRangeStart")).anyMatch(e -> c.getId().equals(WordXml.attr(e, "id")));
                assertThat(WordXml.descendants(body, "commentRangeEnd")).anyMatch(e -> c.getId().equals(WordXml.attr(e, "id")));
                assertThat(WordXml.descendants(body, "commentReference")).anyMatch(e -> c.getId().equals(WordXml.attr(e, "id")));
            }
        }
    }

    @Test
    void aMissingClauseGoesIntoTheSectionItBelongsIn(@TempDir Path dir) throws Exception {
        byte[] original = vendorDocx();
        ContractDocument document = read(Files.write(dir.resolve("acme-msa.docx"), original));
        try (XWPFDocument doc = open(redline(new RedlineSource(audited(document, List.of()), document, original)))) {
            List<String> accepted = TrackedChangesView.acceptAll(doc);
            int protection = accepted.indexOf("4. Data Protection");
            int residency = accepted.indexOf(PREFERRED_RESIDENCY);
            assertThat(protection).isNotNegative();
            assertThat(residency).isGreaterThan(protection);
        }
    }

    @Test
    void aTextContractBecomesADocxInSectionsWithTheSameTrackedChanges(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("acme-msa.md"), """
                # Acme Model Services Agreement

                ## 1. Customer Data

                1.1 %s %s%s%s%s%s %s

                ## 2. Models

                2.1 %s

                ## 3. Security

                3.1 %s

                ## 4. Data Protection

                4.1 Each party will comply with data protection law.
                """.formatted(BEFORE, TRAINING_LEAD.strip(), " " + TRAINING_BOLD, TRAINING_TAIL, TRAINING_LINK,
                TRAINING_END, AFTER, RETIREMENT, SECURITY));
        ContractDocument document = read(file);
        AuditedContract contract = audited(document, List.of());
        byte[] redlined = redline(new RedlineSource(contract, document, null));
        try (XWPFDocument doc = open(redlined);
             XWPFDocument plain = ContractDocxBuilder.build(document, "Calibri", "Calibri", "#1F4E79", "header")) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getStyle() != null
                    && p.getStyle().startsWith("Heading") && p.getText().contains("Data Protection"));
            assertThat(doc.getHeaderList()).anyMatch(h -> h.getText().contains("acme-msa.md"));
            assertThat(doc.getComments()).hasSize(3);
            String accepted = String.join("\n", TrackedChangesView.acceptAll(doc));
            assertThat(accepted).contains(PREFERRED_TRAINING, PREFERRED_RETIREMENT, PREFERRED_RESIDENCY, BEFORE, AFTER)
                    .doesNotContain(RETIREMENT, TRAINING_TAIL.strip());
            assertThat(TrackedChangesView.rejectAll(doc)).isEqualTo(TrackedChangesView.plain(plain));
        }
    }

    @Test
    void aFieldInsideTheStruckSentenceIsLeftWhole(@TempDir Path dir) throws Exception {
        byte[] original = RedlineFixtures.withField();
        ContractDocument document = read(Files.write(dir.resolve("field.docx"), original));
        try (XWPFDocument doc = open(redline(new RedlineSource(audited(document, List.of()), document, original)));
             XWPFDocument before = open(original)) {
            Element body = body(doc);
            for (Element del : WordXml.descendants(body, "del")) {
                assertThat(WordXml.descendants(del, "fldChar")).isEmpty();
                assertThat(WordXml.descendants(del, "instrText")).isEmpty();
            }
            assertThat(WordXml.descendants(body, "fldChar")).hasSize(3);
            assertThat(WordXml.descendants(body, "instrText")).hasSize(1);
            assertThat(String.join("\n", TrackedChangesView.acceptAll(doc))).contains(PREFERRED_RETIREMENT);
            assertThat(TrackedChangesView.rejectAll(doc)).isEqualTo(TrackedChangesView.plain(before));
        }
    }

    @Test
    void aSentenceThatDecidesTwoClausesIsStruckOnceAndBothProposalsFollowIt(@TempDir Path dir) throws Exception {
        byte[] original = vendorDocx();
        ContractDocument document = read(Files.write(dir.resolve("acme-msa.docx"), original));
        var training = evidence(document, "to train", com.clearance.domain.Status.ADVERSE);
        var result = new com.clearance.domain.AuditResult(document.name(), document.sha256(), 1, 10, "", "test", List.of(
                new com.clearance.domain.Finding("training-use", com.clearance.domain.Status.ADVERSE, List.of(training),
                        "Trains on content.", null, null),
                new com.clearance.domain.Finding("model-substitution", com.clearance.domain.Status.WEAK, List.of(training),
                        "Same sentence.", null, null)));
        AuditedContract contract = new AuditedContract(result, com.clearance.report.ReportContext.of(result, "Acme",
                "Jane Counsel", java.time.LocalDate.of(2026, 12, 3), List.of()));
        try (XWPFDocument doc = open(redline(new RedlineSource(contract, document, original)));
             XWPFDocument before = open(original)) {
            assertThat(doc.getComments()).hasSize(2);
            assertThat(doc.getComments()[1].getText()).contains("also decides this clause");
            List<String> accepted = TrackedChangesView.acceptAll(doc);
            assertThat(accepted).anyMatch(p -> p.contains(PREFERRED_TRAINING + " " + PREFERRED_RETIREMENT));
            assertThat(String.join("\n", accepted)).doesNotContain(TRAINING_TAIL.strip());
            assertThat(TrackedChangesView.rejectAll(doc)).isEqualTo(TrackedChangesView.plain(before));
        }
    }

    @Test
    void theRedlinedBodyIsValidWordprocessingMl(@TempDir Path dir) throws Exception {
        byte[] original = RedlineFixtures.withField();
        ContractDocument document = read(Files.write(dir.resolve("field.docx"), original));
        List<Decision> none = List.of();
        for (byte[] source : new byte[][]{original, null}) {
            try (XWPFDocument doc = open(redline(new RedlineSource(audited(document, none), document, source)))) {
                List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
                org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions();
                options.setErrorListener(errors);
                assertThat(doc.getDocument().validate(options)).as(errors.toString()).isTrue();
                assertThat(doc.getDocComments().getCtComments().validate()).isTrue();
            }
        }
    }

    @Test
    void aSentenceInATextBoxIsChangedInPlaceAndItsFallbackCopyGoes(@TempDir Path dir) throws Exception {
        byte[] original = RedlineFixtures.withTextBoxAndTable();
        ContractDocument document = read(Files.write(dir.resolve("boxes.docx"), original));
        // the importer reads the text box once (its VML copy is not read again) after the paragraph it is anchored in
        assertThat(document.sentences()).extracting(com.clearance.domain.Sentence::text)
                .containsSubsequence(BEFORE, TEXT_BOX_TRAINING).containsOnlyOnce(TEXT_BOX_TRAINING);
        try (XWPFDocument doc = open(redline(new RedlineSource(audited(document, List.of()), document, original)));
             XWPFDocument before = open(original)) {
            Element body = body(doc);
            Element box = WordXml.descendants(body, "txbxContent").get(0);
            assertThat(WordXml.descendants(box, "del")).singleElement()
                    .satisfies(d -> assertThat(WordXml.textOf(d)).isEqualTo(TEXT_BOX_TRAINING));
            assertThat(WordXml.textOf(WordXml.descendants(box, "ins").get(0))).isEqualTo(PREFERRED_TRAINING);
            assertThat(WordXml.descendants(box, "delText")).extracting(WordXml::textOf).containsExactly(TEXT_BOX_TRAINING);
            // the struck run keeps its italics; the VML copy that would show the old text is gone; the anchor is whole
            assertThat(WordXml.descendants(WordXml.descendants(box, "del").get(0), "i")).isNotEmpty();
            assertThat(WordXml.descendants(body, "txbxContent")).hasSize(1);
            assertThat(WordXml.descendants(body, "drawing")).hasSize(1);
            assertThat(commentTexts(doc)).noneMatch(c -> c.contains("to be replaced by the clause proposed here"));

            List<String> accepted = TrackedChangesView.acceptAll(doc);
            assertThat(accepted).contains(PREFERRED_TRAINING).doesNotContain(TEXT_BOX_TRAINING);
            assertThat(accepted).anyMatch(p -> p.startsWith(BEFORE));
            assertThat(TrackedChangesView.rejectAll(doc)).isEqualTo(TrackedChangesView.plain(before));
        }
    }

    @Test
    void aSentenceSplitAcrossTableCellsIsStruckInEachCellAndTheLabelCellIsKept(@TempDir Path dir) throws Exception {
        byte[] original = RedlineFixtures.withTextBoxAndTable();
        ContractDocument document = read(Files.write(dir.resolve("boxes.docx"), original));
        assertThat(document.sentences()).extracting(com.clearance.domain.Sentence::text)
                .contains("Models | " + RETIREMENT_CELL_1 + " | " + RETIREMENT_CELL_2);
        try (XWPFDocument doc = open(redline(new RedlineSource(audited(document, List.of()), document, original)));
             XWPFDocument before = open(original)) {
            var row = doc.getTables().get(0).getRow(0);
            Element label = (Element) row.getCell(0).getCTTc().getDomNode();
            Element first = (Element) row.getCell(1).getCTTc().getDomNode();
            Element last = (Element) row.getCell(2).getCTTc().getDomNode();
            assertThat(WordXml.descendants(label, "del")).isEmpty();
            assertThat(WordXml.descendants(first, "delText")).extracting(WordXml::textOf).containsExactly(RETIREMENT_CELL_1);
            assertThat(WordXml.descendants(first, "ins")).isEmpty();
            assertThat(WordXml.descendants(last, "delText")).extracting(WordXml::textOf).containsExactly(RETIREMENT_CELL_2);
            assertThat(WordXml.textOf(WordXml.descendants(last, "ins").get(0))).isEqualTo(PREFERRED_RETIREMENT);
            // the comment sits in the cell where the sentence ends and says what the issue is, not "not found"
            assertThat(WordXml.descendants(last, "commentRangeStart")).hasSize(1);
            assertThat(WordXml.descendants(last, "commentReference")).hasSize(1);
            assertThat(commentTexts(doc)).anyMatch(c -> c.contains("Model substitution and retirement"))
                    .noneMatch(c -> c.contains("to be replaced by the clause proposed here"));

            List<String> accepted = TrackedChangesView.acceptAll(doc);
            assertThat(accepted).containsSubsequence("Models", "", PREFERRED_RETIREMENT);
            assertThat(String.join("\n", accepted)).doesNotContain(RETIREMENT_CELL_1, RETIREMENT_CELL_2);
            assertThat(TrackedChangesView.rejectAll(doc)).isEqualTo(TrackedChangesView.plain(before));

            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions();
            options.setErrorListener(errors);
            doc.getDocument().validate(options);
            // mc:AlternateContent (markup compatibility, how Word writes text boxes) is outside the schema POI knows
            assertThat(errors).filteredOn(e -> !e.getMessage().contains("AlternateContent")).isEmpty();
        }
    }

    @Test
    void aSentenceInTheParagraphThatAnchorsATextBoxLeavesTheBoxAlone(@TempDir Path dir) throws Exception {
        byte[] original = RedlineFixtures.withTextBoxAndTable();
        ContractDocument document = read(Files.write(dir.resolve("boxes.docx"), original));
        var before = evidence(document, "owns its inputs", com.clearance.domain.Status.ADVERSE);
        var result = new com.clearance.domain.AuditResult(document.name(), document.sha256(), 1, 10, "", "test", List.of(
                new com.clearance.domain.Finding("training-use", com.clearance.domain.Status.ADVERSE, List.of(before),
                        "Test.", null, null)));
        AuditedContract contract = new AuditedContract(result, com.clearance.report.ReportContext.of(result, "Acme",
                "Jane Counsel", java.time.LocalDate.of(2026, 12, 3), List.of()));
        try (XWPFDocument doc = open(redline(new RedlineSource(contract, document, original)))) {
            Element box = WordXml.descendants(body(doc), "txbxContent").get(0);
            assertThat(WordXml.descendants(box, "del")).isEmpty();
            assertThat(WordXml.descendants(box, "t")).extracting(WordXml::textOf).containsExactly(TEXT_BOX_TRAINING);
            assertThat(String.join("\n", TrackedChangesView.acceptAll(doc))).doesNotContain(BEFORE)
                    .contains(TEXT_BOX_TRAINING, PREFERRED_TRAINING);
        }
    }

    @Test
    void aMissingClauseWhoseSectionEndsInATextBoxGoesAfterTheBoxNotIntoIt(@TempDir Path dir) throws Exception {
        byte[] original = RedlineFixtures.withTextBoxAndTable();
        ContractDocument document = read(Files.write(dir.resolve("boxes.docx"), original));
        var result = new com.clearance.domain.AuditResult(document.name(), document.sha256(), 1, 10, "", "test", List.of(
                new com.clearance.domain.Finding("training-use", com.clearance.domain.Status.MISSING, List.of(),
                        "Says nothing about training.", null, null)));
        AuditedContract contract = new AuditedContract(result, com.clearance.report.ReportContext.of(result, "Acme",
                "Jane Counsel", java.time.LocalDate.of(2026, 12, 3), List.of()));
        try (XWPFDocument doc = open(redline(new RedlineSource(contract, document, original)))) {
            Element box = WordXml.descendants(body(doc), "txbxContent").get(0);
            assertThat(WordXml.descendants(box, "p")).hasSize(1);
            assertThat(WordXml.descendants(box, "ins")).isEmpty();
            List<String> accepted = TrackedChangesView.acceptAll(doc);
            assertThat(accepted).containsSubsequence(BEFORE, PREFERRED_TRAINING, "2. Models");
        }
    }

    private static List<String> commentTexts(XWPFDocument doc) {
        return java.util.Arrays.stream(doc.getComments()).map(XWPFComment::getText).toList();
    }
}

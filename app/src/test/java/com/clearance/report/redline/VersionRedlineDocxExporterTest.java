package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.library.ReportTemplateLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionRedlineDocxExporterTest {

    private static final String OLD = """
            # Acme Terms

            ## 1. Customer Data

            1.1 Acme may use Customer Content to train and improve its models and services.

            1.2 Acme may keep Customer Content for as long as it needs.

            ## 2. Notices

            2.1 Acme will post notices on its website.
            """;
    private static final String NEW = """
            # Acme Terms

            ## 1. Customer Data

            1.1 Acme will not use Customer Content to train its models.

            ## 2. Notices

            2.1 Acme will post notices on its website.

            2.2 Acme will also email the account owner thirty days before a change.
            """;

    @Test
    void acceptAllGivesTheNewerTextAndRejectAllTheOlder(@TempDir Path dir) throws Exception {
        ContractReader reader = new ContractReader();
        ContractDocument older = reader.read(Files.writeString(dir.resolve("acme-v1.md"), OLD));
        ContractDocument newer = reader.read(Files.writeString(dir.resolve("acme-v2.md"), NEW));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VersionRedlineDocxExporter(ReportTemplateLoader.loadDefaults(),
                Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC))
                .export(new VersionPair(older, newer, "Jane Counsel"), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            Element body = (Element) doc.getDocument().getBody().getDomNode();
            assertThat(WordXml.descendants(body, "ins")).isNotEmpty()
                    .allSatisfy(e -> assertThat(WordXml.attr(e, "author")).isEqualTo("Jane Counsel"));
            assertThat(WordXml.descendants(body, "del")).isNotEmpty();
            assertThat(nonEmpty(TrackedChangesView.acceptAll(doc))).isEqualTo(blocks(newer));
            assertThat(nonEmpty(TrackedChangesView.rejectAll(doc))).isEqualTo(blocks(older));
            // the reworded sentence is changed word by word: "Customer Content to train" is never struck
            assertThat(WordXml.descendants(body, "delText")).noneMatch(t -> WordXml.textOf(t).contains("Customer Content to train"));
        }
    }

    private static List<String> blocks(ContractDocument d) {
        return ContractDocxBuilder.blocks(d).stream().map(ContractDocxBuilder.Block::text).toList();
    }

    private static List<String> nonEmpty(List<String> texts) {
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}

package com.clearance.ingest;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.Section;
import com.clearance.domain.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reads the real AI vendor terms in shared/corpus (Markdown and saved HTML); skips when that folder is absent. */
class CorpusImportTest {

    private static Path corpus;
    private static final ContractReader READER = new ContractReader();

    @BeforeAll
    static void findCorpus() {
        String shared = System.getProperty("clearance.shared", "../shared");
        corpus = Path.of(shared, "corpus");
        assumeTrue(Files.isDirectory(corpus), "shared/corpus is absent (" + corpus.toAbsolutePath() + "): skipping");
    }

    private static List<Path> textFormatFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm");
            }).sorted().toList();
        }
    }

    @Test
    void everyMarkdownAndHtmlDocumentImportsWithConsistentOffsets() throws Exception {
        List<Path> files = textFormatFiles();
        assertThat(files).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                ContractDocument doc = READER.read(file);
                assertThat(doc.sentences()).as(file.getFileName().toString()).isNotEmpty();
                assertThat(doc.sections()).as(file.getFileName().toString()).isNotEmpty();
                for (Sentence s : doc.sentences()) {
                    assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
                }
                for (Section s : doc.sections()) {
                    assertThat(s.end()).isGreaterThanOrEqualTo(s.start()).isLessThanOrEqualTo(doc.text().length());
                }
            } catch (ImportException e) {
                failures.add(e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static ContractDocument read(String name) throws ImportException {
        Path file = corpus.resolve(name);
        assumeTrue(Files.isRegularFile(file), name + " is not in this copy of the corpus");
        return READER.read(file);
    }

    private static List<String> headings(ContractDocument doc) {
        return doc.sections().stream().map(s -> s.number() + " " + s.heading()).toList();
    }

    @Test
    void letteredSectionsOfTheAnthropicCommercialTerms() throws Exception {
        ContractDocument doc = read("anthropic-commercial-terms-2025-06.md");
        assertThat(headings(doc)).contains("A Services", "A.1 Overview", "I.2 Termination", "M.10 Force Majeure");
    }

    @Test
    void listNumberedClausesAndSubClausesOfTheOpenAiServicesAgreement() throws Exception {
        ContractDocument doc = read("openai-services-agreement-2026-01.md");
        assertThat(headings(doc)).contains("1.3 Authorized Purchasers", "1.3(a) Provisioning", "16.13 Updates");
        assertThat(doc.definedTerms()).extracting(t -> t.term()).contains("Customer Content", "Agreement");
    }

    @Test
    void boldNumberedClausesOfThePerplexityTerms() throws Exception {
        ContractDocument doc = read("perplexity-api-terms-of-service-2026-01.md");
        assertThat(headings(doc)).contains("2.3.1 Ownership", "5 CONFIDENTIALITY", "5.1 Confidential Information");
    }

    @Test
    void nestedOrderedListsOfTheXaiTermsAreCitedWithBothNumbers() throws Exception {
        ContractDocument doc = read("xai-enterprise-terms-of-service-2026-08.md");
        assertThat(headings(doc)).contains("3 CUSTOMER OBLIGATIONS; DATA", "3.1 User Content");
    }

    @Test
    void sentencesOfTheZoomTermsCarryTheirSectionPath() throws Exception {
        ContractDocument doc = read("zoom-terms-of-service-2023-08-11-current.md");
        assertThat(headings(doc)).contains("1.1 Registration; Username and Passwords");
        Sentence sharing = doc.sentences().stream().filter(s -> s.text().startsWith("You may not share an account"))
                .findFirst().orElseThrow();
        assertThat(sharing.section()).isEqualTo("1.2");
        assertThat(sharing.sectionPath()).endsWith("1", "1.2");
    }
}

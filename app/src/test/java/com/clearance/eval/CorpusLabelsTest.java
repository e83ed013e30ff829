package com.clearance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Guards the hand-made development labels for the real corpus: they must stay well-formed for {@code clearance eval},
 * and they must never carry the contracts' own wording (no {@code quote} field), only section and page locators.
 */
class CorpusLabelsTest {

    private static final String LABELS = "/eval/corpus/labels.yaml";
    private static final List<String> CLAUSE_IDS = List.of("training-use", "model-substitution", "data-residency",
            "data-retention", "subprocessors", "output-ownership", "ip-indemnity", "safety-change-notice",
            "notice-channel", "security-incident", "confidentiality", "human-review", "performance-sla",
            "price-change", "audit-rights", "liability-cap", "exit-portability");
    private static final Set<String> STATUSES = Set.of("protective", "weak", "adverse", "missing");

    private static JsonNode documents;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CorpusLabelsTest.class.getResourceAsStream(LABELS)) {
            assertThat(in).as("labels resource %s", LABELS).isNotNull();
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            assertThat(root.path("set").asText()).isEqualTo("corpus");
            documents = root.path("documents");
        }
    }

    @Test
    void everyLabelIsWellFormedAndCarriesNoContractText() {
        List<String> problems = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (JsonNode doc : documents) {
            String file = doc.path("file").asText();
            if (!files.add(file)) {
                problems.add(file + ": listed twice");
            }
            JsonNode clauses = doc.path("clauses");
            clauses.fieldNames().forEachRemaining(id -> {
                if (!CLAUSE_IDS.contains(id)) {
                    problems.add(file + ": unknown clause id " + id);
                }
            });
            for (String id : CLAUSE_IDS) {
                JsonNode label = clauses.get(id);
                if (label != null) {
                    checkLabel(file, id, label, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theWholeCorpusIsLabelledOnTheCoreClauses() {
        assertThat(documents.size()).isEqualTo(26);
        for (JsonNode doc : documents) {
            for (String core : List.of("training-use", "model-substitution", "data-residency")) {
                assertThat(doc.path("clauses").has(core)).as("%s labels %s", doc.path("file").asText(), core).isTrue();
            }
        }
    }

    @Test
    void everyLabelledDocumentExistsInTheSharedCorpus() {
        String shared = System.getProperty("clearance.shared");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        assumeTrue(corpus != null && Files.isDirectory(corpus), "shared corpus folder not available; skipping");
        for (JsonNode doc : documents) {
            assertThat(corpus.resolve(doc.path("file").asText())).isRegularFile();
        }
    }

    private static void checkLabel(String file, String id, JsonNode label, List<String> problems) {
        String where = file + " / " + id;
        String status = label.path("status").asText();
        if (!STATUSES.contains(status)) {
            problems.add(where + ": bad status '" + status + "'");
        }
        if (label.has("quote")) {
            problems.add(where + ": quotes are not allowed in corpus labels");
        }
        boolean pdf = file.endsWith(".pdf");
        if (!"missing".equals(status) && label.path("section").asText().isBlank()) {
            problems.add(where + ": non-missing label without a section");
        }
        if (!"missing".equals(status) && pdf && label.path("page").asInt(0) < 1) {
            problems.add(where + ": PDF label without a page");
        }
        if (label.has("page") && !pdf) {
            problems.add(where + ": page given for a non-PDF document");
        }
    }
}

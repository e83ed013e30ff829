package com.clearance.ingest;

import com.clearance.domain.ContractDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files for the text formats: each fixture under test resources ingest/ (written for this project) is imported
 * and its structure (pages, sections, sentences with their section path, defined terms) compared with the
 * reviewed expectation in {@code <fixture>.golden.json}. Run with {@code -Dgolden.update=true} to rewrite the golden
 * files after a deliberate change, then review the diff.
 */
class GoldenImportTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest
    @ValueSource(strings = {"contract.txt", "contract.md", "contract.html"})
    void structureMatchesTheGoldenFile(String fixture) throws Exception {
        Path file = resource(fixture);
        JsonNode actual = structure(new ContractReader().read(file));
        Path golden = file.resolveSibling(fixture + ".golden.json");
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("clearance.repoRoot"), "app/src/test/resources/ingest",
                    fixture + ".golden.json");
            Files.writeString(source, JSON.writeValueAsString(actual) + "\n");
        }
        JsonNode expected = JSON.readTree(Files.readString(golden));
        assertThat(actual.get("format")).isEqualTo(expected.get("format"));
        assertThat(actual.get("pages")).isEqualTo(expected.get("pages"));
        assertThat(actual.get("sections")).containsExactlyElementsOf(expected.get("sections"));
        assertThat(actual.get("definedTerms")).containsExactlyElementsOf(expected.get("definedTerms"));
        assertThat(actual.get("sentences")).containsExactlyElementsOf(expected.get("sentences"));
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(GoldenImportTest.class.getResource("/ingest/" + name).toURI());
    }

    /** The reviewed part of the model: everything but offsets and the hash, which the unit tests check. */
    private static JsonNode structure(ContractDocument doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", doc.format().id());
        root.put("pages", doc.pageCount());
        ArrayNode sections = root.putArray("sections");
        doc.sections().forEach(s -> sections.addObject().put("number", s.number()).put("heading", s.heading())
                .put("level", s.level()).put("page", s.page()));
        ArrayNode terms = root.putArray("definedTerms");
        doc.definedTerms().forEach(t -> terms.addObject().put("term", t.term()).put("definition", t.definition())
                .put("page", t.page()).put("section", t.section()));
        ArrayNode sentences = root.putArray("sentences");
        doc.sentences().forEach(s -> {
            ObjectNode node = sentences.addObject();
            node.put("text", s.text()).put("page", s.page());
            s.sectionPath().forEach(node.putArray("sectionPath")::add);
        });
        return root;
    }
}

package com.clearance.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the held-out evaluation set honest: every label must be checkable against its document, and the set must
 * cover every clause in every status its bar defines (core clauses at least three times), so that an accuracy figure
 * measured on it means something.
 */
class HoldoutLabelsTest {

    static final List<String> CLAUSE_IDS = List.of(
            "training-use", "model-substitution", "data-residency", "data-retention", "subprocessors",
            "output-ownership", "ip-indemnity", "safety-change-notice", "notice-channel", "security-incident",
            "confidentiality", "human-review", "performance-sla", "price-change", "audit-rights", "liability-cap",
            "exit-portability");
    static final Set<String> CORE = Set.of("training-use", "model-substitution", "data-residency");

    enum LabelStatus { PROTECTIVE, WEAK, ADVERSE, MISSING }

    private static Path dir;
    private static JsonNode root;

    @BeforeAll
    static void load() throws Exception {
        URL url = HoldoutLabelsTest.class.getResource("/eval/holdout/labels.yaml");
        assertThat(url).as("eval/holdout/labels.yaml on the test classpath").isNotNull();
        Path labels = Path.of(url.toURI());
        dir = labels.getParent();
        root = new ObjectMapper(new YAMLFactory()).readTree(labels.toFile());
    }

    private static List<JsonNode> documents() {
        List<JsonNode> docs = new ArrayList<>();
        root.path("documents").forEach(docs::add);
        return docs;
    }

    @Test
    void setIsNamedAndLargeEnoughWithVariedFormats() {
        assertThat(root.path("set").asText()).isEqualTo("holdout");
        List<JsonNode> docs = documents();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(16);
        Set<String> files = new LinkedHashSet<>();
        docs.forEach(d -> files.add(d.path("file").asText()));
        assertThat(files).as("file names are unique").hasSize(docs.size());
        assertThat(files.stream().filter(f -> f.endsWith(".html")).count()).isGreaterThanOrEqualTo(2);
        assertThat(files.stream().filter(f -> f.endsWith(".txt")).count()).isGreaterThanOrEqualTo(2);
        assertThat(files.stream().filter(f -> f.endsWith(".md")).count()).isGreaterThanOrEqualTo(2);
        docs.forEach(d -> assertThat(d.path("style").asText()).as("style of " + d.path("file")).isNotBlank());
    }

    @Test
    void everyListedFileExists() {
        for (JsonNode doc : documents()) {
            assertThat(dir.resolve(doc.path("file").asText())).isRegularFile();
        }
    }

    @Test
    void everyDocumentListsExactlyTheSeventeenClausesWithValidStatuses() {
        for (JsonNode doc : documents()) {
            String file = doc.path("file").asText();
            List<String> ids = new ArrayList<>();
            doc.path("clauses").fieldNames().forEachRemaining(ids::add);
            assertThat(ids).as("clause ids of " + file).containsExactlyInAnyOrderElementsOf(CLAUSE_IDS);
            doc.path("clauses").fields().forEachRemaining(e ->
                    assertThat(parseStatus(e.getValue())).as(file + " " + e.getKey()).isNotNull());
        }
    }

    @Test
    void nonMissingLabelsNameASectionAndAQuoteFoundInTheDocument() throws Exception {
        for (JsonNode doc : documents()) {
            String file = doc.path("file").asText();
            String text = fold(readText(dir.resolve(file)));
            Iterator<Map.Entry<String, JsonNode>> it = doc.path("clauses").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (parseStatus(e.getValue()) == LabelStatus.MISSING) {
                    continue;
                }
                String where = file + " " + e.getKey();
                assertThat(e.getValue().path("section").asText()).as("section of " + where).isNotBlank();
                String quote = e.getValue().path("quote").asText();
                assertThat(quote.trim().split("\\s+").length).as("quote length (words) of " + where).isBetween(5, 10);
                assertThat(text).as("quote of " + where).contains(fold(quote));
                assertThat(e.getValue().path("note").asText()).as("note of " + where).isNotBlank();
            }
        }
    }

    @Test
    void eachDocumentCoversSixToFourteenClauses() {
        for (JsonNode doc : documents()) {
            long covered = countStatuses(doc).entrySet().stream()
                    .filter(e -> e.getKey() != LabelStatus.MISSING).mapToLong(Map.Entry::getValue).sum();
            assertThat(covered).as("clauses addressed in " + doc.path("file").asText()).isBetween(6L, 14L);
        }
    }

    @Test
    void everyClauseAppearsInEveryStatusAndCoreClausesAtLeastThreeTimes() {
        Map<String, Map<LabelStatus, Integer>> matrix = coverage();
        for (String id : CLAUSE_IDS) {
            int floor = CORE.contains(id) ? 3 : 1;
            for (LabelStatus s : LabelStatus.values()) {
                assertThat(matrix.get(id).getOrDefault(s, 0)).as(id + " labelled " + s).isGreaterThanOrEqualTo(floor);
            }
        }
    }

    /** The set must be our own drafting: no run of twelve words may come from the shared real-contract corpus. */
    @Test
    void documentsShareNoTwelveWordRunWithTheSharedCorpus() throws Exception {
        String shared = System.getProperty("clearance.shared");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus), "shared corpus not available; skipped");
        Set<String> corpusRuns = new HashSet<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                corpusRuns.addAll(wordRuns(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        for (JsonNode doc : documents()) {
            Set<String> runs = wordRuns(readText(dir.resolve(doc.path("file").asText())));
            runs.retainAll(corpusRuns);
            assertThat(runs).as("text shared with the corpus in " + doc.path("file").asText()).isEmpty();
        }
    }

    private static Set<String> wordRuns(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + 12 <= words.length; i++) {
            runs.add(String.join(" ", Arrays.copyOfRange(words, i, i + 12)));
        }
        return runs;
    }

    private static Map<String, Map<LabelStatus, Integer>> coverage() {
        Map<String, Map<LabelStatus, Integer>> matrix = new LinkedHashMap<>();
        CLAUSE_IDS.forEach(id -> matrix.put(id, new EnumMap<>(LabelStatus.class)));
        for (JsonNode doc : documents()) {
            doc.path("clauses").fields().forEachRemaining(e ->
                    matrix.get(e.getKey()).merge(parseStatus(e.getValue()), 1, Integer::sum));
        }
        return matrix;
    }

    private static Map<LabelStatus, Long> countStatuses(JsonNode doc) {
        Map<LabelStatus, Long> counts = new EnumMap<>(LabelStatus.class);
        doc.path("clauses").forEach(label -> counts.merge(parseStatus(label), 1L, Long::sum));
        return counts;
    }

    private static LabelStatus parseStatus(JsonNode label) {
        String raw = label.path("status").asText("");
        for (LabelStatus s : LabelStatus.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(raw)) {
                return s;
            }
        }
        throw new AssertionError("invalid status '" + raw + "' (expected protective, weak, adverse or missing)");
    }

    /** Saved HTML pages are compared on their visible text, as a reader (and the importer) sees them. */
    private static String readText(Path file) throws Exception {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        return file.toString().endsWith(".html") ? Jsoup.parse(raw).text() : raw;
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}

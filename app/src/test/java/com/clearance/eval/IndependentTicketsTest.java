package com.clearance.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keeps the independent held-out ticket set (tickets/independent/) well formed: both export layouts, every ticket
 * labelled exactly once, valid categories, enough tickets per category for per-category figures to mean something,
 * and dates in each export's own style within the launch's weeks. It checks the data, never the classifier.
 */
class IndependentTicketsTest {

    private static final String DIR = "/tickets/independent/";
    private static final List<String> JIRA_HEADER = List.of("Issue key", "Issue id", "Summary", "Issue Type", "Status",
            "Priority", "Reporter", "Created", "Description", "Assignee", "Updated", "Labels", "Labels");
    private static final List<String> ZENDESK_HEADER = List.of("Id", "Subject", "Description", "Status", "Priority",
            "Requester", "Created at", "Updated at", "Tags");
    private static final Set<String> CATEGORIES = Set.of("cost-spike", "bad-output", "latency", "refusal-safety",
            "provider-change", "privacy-data", "integration-failure", "billing-session", "cohort-quality", "abuse",
            "other");
    private static final LocalDate LAUNCH = LocalDate.of(2026, 3, 2);
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("dd/MMM/yy hh:mm a", Locale.ENGLISH);

    private static List<List<String>> jira;
    private static List<List<String>> zendesk;
    private static Map<String, String> labels;

    @BeforeAll
    static void load() throws IOException {
        jira = CsvRecords.parse(read("jira.csv"));
        zendesk = CsvRecords.parse(read("zendesk.csv"));
        labels = new LinkedHashMap<>();
        List<List<String>> rows = CsvRecords.parse(read("labels.csv"));
        assertThat(rows.get(0)).containsExactly("id", "category");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).as("labels row %s", row).hasSize(2);
            assertThat(labels.put(row.get(0), row.get(1))).as("label id %s appears twice", row.get(0)).isNull();
        }
    }

    @Test
    void headersAreTheTwoExportLayouts() {
        assertThat(jira.get(0)).containsExactlyElementsOf(JIRA_HEADER);
        assertThat(zendesk.get(0)).containsExactlyElementsOf(ZENDESK_HEADER);
    }

    @Test
    void everyRowHasEveryColumnAndATicketText() {
        for (List<List<String>> file : List.of(jira, zendesk)) {
            int columns = file.get(0).size();
            for (List<String> row : tickets(file)) {
                assertThat(row).as("row %s", row.get(0)).hasSize(columns);
                assertThat(row.get(0)).as("id").isNotBlank();
                assertThat(row.get(file == jira ? 2 : 1)).as("summary of %s", row.get(0)).isNotBlank();
                assertThat(row.get(file == jira ? 8 : 2)).as("description of %s", row.get(0)).hasSizeGreaterThan(40);
            }
        }
    }

    @Test
    void everyTicketHasOneLabelAndEveryLabelATicket() {
        List<String> ids = new ArrayList<>();
        tickets(jira).forEach(r -> ids.add(r.get(0)));
        tickets(zendesk).forEach(r -> ids.add(r.get(0)));
        assertThat(new HashSet<>(ids)).as("ticket ids are unique across both files").hasSize(ids.size());
        assertThat(ids).as("tickets without a label").allMatch(labels::containsKey);
        assertThat(labels.keySet()).as("labels without a ticket").allMatch(ids::contains);
    }

    @Test
    void categoriesAreValidAndEachHasAtLeastFifteenTickets() {
        assertThat(labels.values()).as("unknown categories").allMatch(CATEGORIES::contains);
        Map<String, Integer> counts = new TreeMap<>();
        labels.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        assertThat(counts).allSatisfy((category, n) -> assertThat(n).as(category).isGreaterThanOrEqualTo(15));
    }

    @Test
    void bothFormatsCarryEnoughTicketsAndMostCategories() {
        for (List<List<String>> file : List.of(jira, zendesk)) {
            Set<String> present = new HashSet<>();
            tickets(file).forEach(r -> present.add(labels.get(r.get(0))));
            assertThat(tickets(file)).hasSizeGreaterThanOrEqualTo(80);
            assertThat(present).as("categories in one export").hasSize(CATEGORIES.size());
        }
    }

    @Test
    void createdDatesUseEachExportsStyleAndFallWithinTheLaunchWeeks() {
        Map<String, LocalDateTime> created = new HashMap<>();
        tickets(jira).forEach(r -> created.put(r.get(0), LocalDateTime.parse(r.get(7), JIRA_DATE)));
        tickets(zendesk).forEach(r -> created.put(r.get(0), OffsetDateTime.parse(r.get(6)).toLocalDateTime()));
        created.forEach((id, when) -> {
            long days = ChronoUnit.DAYS.between(LAUNCH, when.toLocalDate());
            assertThat(days).as("days from launch to %s", id).isBetween(-28L, 7L * 13);
        });
        long beforeLaunch = created.values().stream().filter(d -> d.toLocalDate().isBefore(LAUNCH)).count();
        assertThat(beforeLaunch).as("a few pre-launch tickets").isBetween(1L, 20L);
    }

    @Test
    void theFilesExerciseQuotingMultiLineFieldsAndCrlfRecords() throws IOException {
        String raw = read("jira.csv") + read("zendesk.csv");
        assertThat(raw).contains("\r\n").contains("\"\"");
        long multiLine = tickets(jira).stream().filter(r -> r.get(8).contains("\n")).count();
        long withComma = tickets(zendesk).stream().filter(r -> r.get(2).contains(",")).count();
        assertThat(multiLine).isGreaterThanOrEqualTo(5);
        assertThat(withComma).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theParserHandlesQuotesLineBreaksAndRejectsBrokenQuoting() {
        List<List<String>> rows = CsvRecords.parse("a,b,c\r\n1,\"x, \"\"y\"\"\r\nz\",\r\n2,,\"\"\n");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "x, \"y\"\r\nz", ""),
                List.of("2", "", ""));
        assertThat(CsvRecords.parse("\uFEFFid\n7")).containsExactly(List.of("id"), List.of("7"));
        assertThatThrownBy(() -> CsvRecords.parse("a,\"open\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> CsvRecords.parse("a,b\"c\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvRecords.parse("\"a\"b,c\n")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<String>> tickets(List<List<String>> file) {
        return file.subList(1, file.size());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = IndependentTicketsTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as("classpath resource %s%s", DIR, name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

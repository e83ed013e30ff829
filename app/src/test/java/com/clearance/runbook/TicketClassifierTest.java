package com.clearance.runbook;

import com.clearance.library.ChecklistLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TicketClassifierTest {

    private static RunbookTemplate template;
    private static TicketClassifier classifier;

    @BeforeAll
    static void load() throws Exception {
        template = ChecklistLoader.fromClasspath().load("first-100-tickets");
        classifier = new TicketClassifier(template);
    }

    private static Classification classify(String summary, String description) {
        return classifier.classify(new Ticket("T-1", summary, description, null));
    }

    @Test
    void aPriceQuoteIsNotACostSpike() {
        assertThat(classify("Customer wants a price quote", "What would it cost to add 200 seats next year?").category())
                .isEqualTo("other");
        assertThat(classify("Inference cost doubled overnight", "Spend on the provider is twice the forecast.").category())
                .isEqualTo("cost-spike");
    }

    @Test
    void aDataModelIsNotAProviderModel() {
        Classification c = classify("Our data model changed and the export job fails",
                "We added a column to the data model and the sync to the warehouse throws an exception.");
        assertThat(c.category()).isNotEqualTo("provider-change").isEqualTo("integration-failure");
        assertThat(classify("New model version behaves differently", "The provider moved the alias overnight; no deploy on our side.")
                .category()).isEqualTo("provider-change");
    }

    @Test
    void staffTrainingIsNotTrainingOnOurData() {
        assertThat(classify("Book a training session for the support staff", "Staff training on the assistant next week.").category())
                .isEqualTo("other");
        assertThat(classify("Is our data used for training?", "The DPO asks whether prompts are used for training by the vendor.")
                .category()).isEqualTo("privacy-data");
    }

    @Test
    void twoTopicsGoToTheStrongerOneAndTheEvidenceNamesTheDecidingWords() {
        Classification c = classify("Assistant hallucinated a refund policy",
                "The screenshot went round Slack. Also, unrelated, it felt a little slow this morning.");
        assertThat(c.category()).isEqualTo("bad-output");
        assertThat(c.evidence()).contains("hallucinated", "screenshot").doesNotContain("slow");
    }

    @Test
    void onATieTheTopicMentionedFirstWins() {
        // "slow" (latency) and "refused" (refusal-safety) carry the same weight here; latency comes first
        RunbookTemplate tiny = new RunbookTemplate("x", "X", 1, "", new ClassifierSettings("other", 1, 1), List.of(
                new TicketCategory("latency", "L", "m", new WeekRange(1, 2), List.of(new Signal("slow", 3)), List.of()),
                new TicketCategory("refusal-safety", "R", "m", new WeekRange(1, 2), List.of(new Signal("refus*", 3)), List.of()),
                new TicketCategory("other", "O", "m", new WeekRange(1, 2), List.of(), List.of())), List.of());
        TicketClassifier c = new TicketClassifier(tiny);
        assertThat(c.classify(new Ticket("a", "slow and then refused", "", null)).category()).isEqualTo("latency");
        assertThat(c.classify(new Ticket("b", "refused and then slow", "", null)).category()).isEqualTo("refusal-safety");
    }

    @Test
    void nothingRecognisableFallsBackToOther() {
        Classification c = classify("Hello", "Thanks for the update.");
        assertThat(c.category()).isEqualTo("other");
        assertThat(c.evidenceText()).isNotBlank();
    }

    @Test
    void theWeekComesFromTheCreatedDate() {
        Ticket t = new Ticket("T-9", "Spend is 4x the forecast", "", LocalDateTime.of(2026, 3, 10, 9, 30));
        Classification c = classifier.classify(t, LocalDate.of(2026, 3, 2));
        assertThat(c.week()).isEqualTo(2);
        assertThat(classifier.classify(t, null).week()).isNull();
    }

    @Test
    void phrasesMatchAcrossPunctuationAndWildcardsMatchWordStarts() {
        assertThat(Tokens.of("Can't help with THAT, p95—latency; fine-tuned")).containsExactly("can't", "help", "with",
                "that", "p95", "latency", "fine-tuned");
        assertThat(new SignalMatcher(new Signal("time to first token", 1)).firstIn(Tokens.of("The time-to first token"))).isEqualTo(-1);
        assertThat(new SignalMatcher(new Signal("refus*", 1)).firstIn(Tokens.of("it Refuses everything"))).isEqualTo(1);
    }
}

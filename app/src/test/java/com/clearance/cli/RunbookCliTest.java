package com.clearance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the tickets, runbook and launch commands in-process and checks output and exit codes. */
class RunbookCliTest {

    @TempDir Path dir;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ClearanceCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(RunbookCliTest.class.getClassLoader().getResource("tickets/" + name).toURI()).toString();
    }

    @Test
    void classifyPrintsOneJsonObjectPerTicket() throws Exception {
        Run r = run("tickets", "classify", fixture("jira-tuned.csv"), "--launch-date", "2026-03-02", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(143);
        assertThat(r.lines().get(0)).startsWith("{\"id\": \"AIA-101\", \"category\": \"cost-spike\", \"week\": 1, \"evidence\": \"");
        assertThat(r.lines()).allSatisfy(l -> assertThat(l).matches("\\{\"id\": \"[^\"]+\", \"category\": \"[a-z-]+\", \"week\": -?\\d+, \"evidence\": \".*\"}"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : r.lines()) {
            assertThat(json.readTree(line).get("category").asText()).isNotBlank();
        }
    }

    @Test
    void classifyWithoutLaunchDateHasNullWeeksAndMappedLayoutsWork() throws Exception {
        Path csv = Files.writeString(dir.resolve("other.csv"), "Key,Title,Opened\nX-1,Latency p95 doubled at peak,2026-03-10\n");
        Run unmapped = run("tickets", "classify", csv.toString());
        assertThat(unmapped.code()).isEqualTo(3);
        assertThat(unmapped.err()).contains("neither a Jira export").doesNotContain("Exception");
        Run mapped = run("tickets", "classify", csv.toString(), "--map", "id=Key,summary=Title,created=Opened", "--format", "json");
        assertThat(mapped.code()).isZero();
        assertThat(mapped.out()).contains("\"id\": \"X-1\", \"category\": \"latency\", \"week\": null");
        assertThat(run("tickets", "classify", csv.toString(), "--map", "summary=Title").code()).isEqualTo(2);
        assertThat(run("tickets", "classify", csv.toString(), "--format", "xml").code()).isEqualTo(2);
        assertThat(run("tickets", "classify", dir.resolve("absent.csv").toString()).code()).isEqualTo(3);
    }

    @Test
    void evalPrintsAccuracyMacroF1AndTheConfusionMatrix() throws Exception {
        Run r = run("tickets", "eval", fixture("jira-heldout.csv"), fixture("zendesk-heldout.csv"), "--labels",
                fixture("labels-heldout.csv"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("tickets: 44 +correct: \\d+ +accuracy: [01]\\.\\d{3} +macro-F1: [01]\\.\\d{3}");
        assertThat(r.out()).contains("confusion matrix", "privacy-data", "precision");
        Path badLabels = Files.writeString(dir.resolve("labels.csv"), "id,category\nHLD-101,costs\n");
        Run bad = run("tickets", "eval", fixture("jira-heldout.csv"), "--labels", badLabels.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("unknown category 'costs'");
    }

    @Test
    void runbookShowPrintsTheTemplate() {
        Run r = run("runbook", "show");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("pre-pin-model", "clauses: model-substitution", "cost-spike", "weeks -4..-1");
        assertThat(run("runbook", "show", "--template", "nope").err()).contains("No runbook template 'nope'");
    }

    @Test
    void aLaunchIsCreatedWorkedAndShown() throws Exception {
        String db = dir.resolve("cli").toString();
        assertThat(run("launch", "create", "--db", db, "--name", "inbox", "--feature", "Inbox assistant", "--date",
                "2026-03-02", "--member", "Ana:launch-manager").code()).isZero();
        assertThat(run("launch", "check", "--db", db, "inbox", "pre-pin-model", "--by", "Ana", "--evidence", "pinned").code())
                .isZero();
        Run badDate = run("launch", "waive", "--db", db, "inbox", "pre-peak-load-test", "--reason", "lab booked",
                "--until", "2026-13-45");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("--until '2026-13-45' is not a date; write it as 2026-11-02");
        // the expiry must not be past (the CLI runs on today's date)
        Run past = run("launch", "waive", "--db", db, "inbox", "pre-peak-load-test", "--reason", "lab booked", "--until",
                java.time.LocalDate.now().minusDays(1).toString());
        assertThat(past.code()).isNotZero();
        assertThat(past.err()).contains("is in the past").doesNotContain("Exception");
        assertThat(run("launch", "waive", "--db", db, "inbox", "pre-peak-load-test", "--reason", "lab booked", "--until",
                java.time.LocalDate.now().plusDays(30).toString()).code()).isZero();
        Path terms = Files.writeString(dir.resolve("terms.md"), "# Terms\n\n## 1. Data\nWe keep your data safe.\n");
        assertThat(run("audit", "--db", db, terms.toString()).code()).isZero();
        assertThat(run("launch", "link", "--db", db, "inbox", "--contract", "1").code()).isZero();
        Run tickets = run("launch", "tickets", "--db", db, "inbox", fixture("zendesk-tuned.csv"), "--today", "2026-05-01");
        assertThat(tickets.code()).isZero();
        assertThat(tickets.out()).contains("Imported 143 tickets (zendesk layout)", "cost-spike", "Surprises");

        Run show = run("launch", "show", "--db", db, "inbox", "--today", "2026-02-20");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("Readiness: ", "Contracts: 1", "Ana (launch-manager)")
                .containsPattern("\\[done] +pre-pin-model")
                .containsPattern("\\[waived] +pre-peak-load-test")
                .containsPattern("\\[OVERDUE] +pre-marketing-calendar");
        assertThat(run("launch", "list", "--db", db).out()).contains("inbox", "readiness");
        assertThat(show.out()).contains("[launch-manager: Ana]");
        Run history = run("launch", "history", "--db", db, "inbox");
        assertThat(history.out()).contains("pre-pin-model", "checked", "by Ana: pinned", "waived");

        Run missing = run("launch", "check", "--db", db, "inbox", "nope", "--by", "Ana");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("clearance: No item 'nope'").doesNotContain("at com.");
        assertThat(run("launch", "create", "--db", db, "--name", "x", "--feature", "f", "--date", "March").code()).isEqualTo(2);
        assertThat(run("launch", "show", "--db", db, "ghost").err()).contains("No launch named 'ghost'");
        assertThat(run("launch", "waive", "--db", db, "inbox", "pre-trace-id", "--reason", "r").code()).isEqualTo(2);
    }

    @Test
    void aContractAuditedIntoTheDatabaseLinksByFileNameAndPutsRelatedItemsAtRisk() throws Exception {
        String db = dir.resolve("team").toString();
        Path contract = Files.writeString(dir.resolve("acme-terms.md"), """
                # Acme AI Terms

                ## 1. Models
                Acme may change, replace or retire any model at any time without notice to Customer.
                """);
        assertThat(run("audit", "--db", db, contract.toString(), "--format", "json").code()).isZero();
        assertThat(run("launch", "create", "--db", db, "--name", "beta", "--feature", "Answers",
                "--date", "2026-03-02").code()).isZero();

        Run unknown = run("launch", "link", "--db", db, "--contract", "other.pdf", "beta");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("No stored contract 'other.pdf'").doesNotContain("Exception");

        Run linked = run("launch", "link", "--db", db, "--contract", "acme-terms.md", "beta");
        assertThat(linked.code()).isZero();
        assertThat(linked.out()).contains("Linked contract 1 to 'beta'");
        Run show = run("launch", "show", "--db", db, "beta");
        assertThat(show.out()).contains("AT RISK: acme-terms.md: Model substitution, downgrade and retirement is adverse");
    }
}

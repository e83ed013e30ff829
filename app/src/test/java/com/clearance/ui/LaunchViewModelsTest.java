package com.clearance.ui;

import com.clearance.ingest.ColumnMapping;
import com.clearance.runbook.HistoryEntry;
import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.LaunchStatus;
import com.clearance.service.ProgressListener.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The launch, runbook-item and ticket view models driven like the views drive them, without the toolkit. */
class LaunchViewModelsTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 3, 2);
    /** Week 3 of the launch: pre-launch and weeks 1-2 items are due, so some are overdue. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final String JIRA = """
            Issue key,Summary,Description,Created
            T-1,Spend four times the forecast,Token usage way above plan after the campaign,2026-03-03 10:00
            T-2,Bot told a customer the wrong refund window,Wrong answer in a screenshot forwarded to execs,2026-03-04 11:00
            T-3,Cost spike from a runaway agent loop,The agent loop burned the budget overnight,2026-03-16 09:00
            """;

    @TempDir
    Path dir;
    private ViewModelFixture fx;
    private LaunchesViewModel launches;
    private ItemActionsViewModel actions;
    private TicketsViewModel tickets;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewModelFixture(dir);
        launches = new LaunchesViewModel(fx.workbench, fx.tasks, fx.errors::add, () -> TODAY);
        actions = new ItemActionsViewModel(fx.workbench, fx.tasks, launches);
        tickets = new TicketsViewModel(fx.workbench, fx.tasks, fx.errors::add, launches, actions.userProperty()::get);
        actions.userProperty().set("Ana");
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
        assertThat(fx.errors).isEmpty();
    }

    private void create(String name) {
        launches.form().nameProperty().set(name);
        launches.form().featureProperty().set("Reply suggestions");
        launches.form().launchDate().set(LAUNCH);
        launches.form().membersProperty().set("Ana Ruiz: launch-manager\nBen Okafor: platform\n");
        launches.create(() -> { });
    }

    private ItemStatus select(String itemId) {
        ItemStatus item = launches.statusProperty().get().items().stream()
                .filter(i -> i.item().id().equals(itemId)).findFirst().orElseThrow();
        launches.selectedItemProperty().set(item);
        return item;
    }

    private ItemStatus current(String itemId) {
        return launches.statusProperty().get().items().stream().filter(i -> i.item().id().equals(itemId))
                .findFirst().orElseThrow();
    }

    @Test
    void dateFieldsTakeIsoAsTypedAndNameTextThatIsNotADate() {
        launches.form().nameProperty().set("typed");
        launches.form().featureProperty().set("Reply suggestions");
        launches.form().launchDate().textProperty().set("2026-13-45");
        launches.create(() -> { });
        assertThat(launches.messageProperty().get())
                .startsWith("Launch date: '2026-13-45' is not a date; write it as 2026-11-02 or ");
        assertThat(launches.form().launchDate().textProperty().get()).isEqualTo("2026-13-45"); // kept, not dropped
        assertThat(launches.launches()).isEmpty();

        launches.form().launchDate().textProperty().set("2026-11-02");
        launches.create(() -> { });
        assertThat(launches.launches()).extracting(LaunchRow::name).containsExactly("typed");
        assertThat(launches.launches().get(0).launchDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));

        select("pre-peak-load-test");
        actions.waiverReasonProperty().set("Load lab booked");
        actions.waiverUntil().textProperty().set("2026-03-19"); // the service's clock says 2026-03-20
        actions.waive();
        assertThat(actions.messageProperty().get()).contains("is in the past");
        assertThat(current("pre-peak-load-test").recorded().waiver()).isNull();
        actions.waiverUntil().textProperty().set("not soon");
        actions.waive();
        assertThat(actions.messageProperty().get()).startsWith("Waiver expiry: 'not soon' is not a date");
    }

    @Test
    void aLaunchIsCreatedFromTheFormAndShowsReadinessFromItsWeakestPhase() throws Exception {
        launches.form().nameProperty().set("helpdesk");
        launches.form().membersProperty().set("just a name");
        launches.create(() -> { });
        assertThat(launches.messageProperty().get()).startsWith("Team:").contains("just a name");
        launches.form().membersProperty().set("Ana: launch-manager");
        launches.create(() -> { });
        assertThat(launches.messageProperty().get()).contains("launch date");
        assertThat(launches.launches()).isEmpty();

        create("helpdesk");
        assertThat(launches.launches()).extracting(LaunchRow::name).containsExactly("helpdesk");
        assertThat(launches.selectedProperty().get().name()).isEqualTo("helpdesk");
        assertThat(fx.workbench.launches().launch("helpdesk").members()).hasSize(2);
        assertThat(launches.phases()).hasSize(6);
        assertThat(launches.readinessProperty().get()).isEqualTo("0%");
        assertThat(launches.explanationProperty().get()).contains("weakest phase that has started").contains("0 of");
        assertThat(launches.headingProperty().get()).contains("week 3 since launch");
        assertThat(launches.items()).hasSize(launches.statusProperty().get().items().size());
        launches.selectedPhaseProperty().set(launches.phases().get(1));
        assertThat(launches.items()).allMatch(i -> i.phaseId().equals(launches.phases().get(1).phase().id()));
        assertThat(launches.items()).anyMatch(i -> i.state() == ItemStatus.State.OVERDUE);
    }

    @Test
    void checkWithEvidenceThenUndoReopensAndAWaiverNeedsAReason() throws Exception {
        create("helpdesk");
        select("pre-pin-model");
        actions.noteProperty().set("Pinned in config");
        actions.linkProperty().set("https://example.test/pr/7");
        actions.attachmentProperty().set(fx.file("pins.txt", "snapshot-2026-01"));
        actions.check();

        ItemStatus done = current("pre-pin-model");
        assertThat(done.state()).isEqualTo(ItemStatus.State.DONE);
        assertThat(done.recorded().completion().by()).isEqualTo("Ana");
        assertThat(done.recorded().completion().attachmentRef()).startsWith("attachment:");
        assertThat(actions.messageProperty().get()).contains("pins.txt attached");
        assertThat(actions.history()).extracting(HistoryEntry::action).contains("checked");
        assertThat(actions.canUndoProperty().get()).isTrue();
        assertThat(launches.launches().get(0).readiness()).isEqualTo(0.0); // weakest phase still at zero

        List<String> offered = new ArrayList<>();
        actions.saveAttachment(name -> {
            offered.add(name);
            return dir.resolve("saved-" + name);
        });
        assertThat(offered).containsExactly("pins.txt");
        assertThat(java.nio.file.Files.readString(dir.resolve("saved-pins.txt"))).isEqualTo("snapshot-2026-01");

        actions.undo();
        assertThat(current("pre-pin-model").state()).isNotEqualTo(ItemStatus.State.DONE);
        assertThat(actions.canUndoProperty().get()).isFalse();
        assertThat(actions.history().get(0).action()).isEqualTo("reopened");

        select("pre-peak-load-test");
        actions.waiveReason("", TODAY.plusDays(10));
        actions.waive();
        assertThat(actions.messageProperty().get()).contains("reason");
        actions.waiveReason("Load lab booked for week 4", TODAY.plusDays(10));
        actions.waive();
        assertThat(current("pre-peak-load-test").state()).isEqualTo(ItemStatus.State.WAIVED);
        assertThat(actions.canUndoProperty().get()).isTrue();

        // checking a waived item cannot be undone by a reopen: that would drop the waiver too
        select("pre-peak-load-test");
        actions.check();
        assertThat(current("pre-peak-load-test").state()).isEqualTo(ItemStatus.State.DONE);
        assertThat(actions.canUndoProperty().get()).isFalse();
    }

    @Test
    void nobodyNamedMeansNoChange() {
        create("helpdesk");
        select("pre-pin-model");
        actions.userProperty().set(" ");
        actions.check();
        assertThat(actions.messageProperty().get()).contains("who you are");
        assertThat(current("pre-pin-model").state()).isNotEqualTo(ItemStatus.State.DONE);
    }

    @Test
    void aLinkedContractsWeakClausePutsRelatedItemsAtRiskWithTheReason() throws Exception {
        ContractsViewModel contracts = new ContractsViewModel(fx.workbench, fx.tasks, fx.errors::add);
        contracts.importFiles(List.of(fx.file("acme-terms.txt", "training-use:weak\ndata-residency:protective\n")));
        launches.loadContractChoices();
        assertThat(launches.contractChoices()).hasSize(1);
        assertThat(launches.contractChoices().get(0).label()).contains("acme-terms.txt").contains("score");
        launches.form().contractIds().add(launches.contractChoices().get(0).id());
        create("helpdesk");

        ItemStatus signoff = current("pre-privacy-signoff");
        assertThat(signoff.atRisk()).isTrue();
        assertThat(ItemPanel.risks(signoff)).contains("acme-terms.txt: Training on customer content is weak");
        assertThat(current("w1-daily-cost-review").atRisk()).isFalse();
        assertThat(launches.launches().get(0).atRisk()).isPositive();
        int before = launches.launches().get(0).atRisk();

        // once checked off it is no longer at risk; the finding stays as a quiet note
        select("pre-privacy-signoff");
        actions.check();
        ItemStatus done = current("pre-privacy-signoff");
        assertThat(done.atRisk()).isFalse();
        assertThat(done.notes()).singleElement().asString().contains("Training on customer content is weak");
        assertThat(ItemPanel.risks(done)).startsWith("Note: the item is done");
        assertThat(launches.launches().get(0).atRisk()).isEqualTo(before - 1);

        // the Owner column and panel show the people assigned to the role
        LaunchStatus status = launches.statusProperty().get();
        assertThat(ReadinessText.owners(status.launch(), "launch-manager")).isEqualTo("Ana Ruiz");
        assertThat(ReadinessText.owners(status.launch(), "legal")).isEqualTo("no one (legal)");
        assertThat(ItemPanel.describe(done, status.launch())).contains("Owner: ");
        // readiness names the phase that holds it and shows every phase's completion
        assertThat(launches.explanationProperty().get()).contains("Held at ", " by ")
                .contains("Every phase: Pre-launch readiness ");
    }

    @Test
    void ticketsImportByLayoutOrMappingAndFailuresAreReportedPerFile() throws Exception {
        create("helpdesk");
        List<List<String>> asked = new ArrayList<>();
        tickets.setMappingAsker((file, headers) -> {
            asked.add(headers);
            return file.startsWith("skip") ? Optional.empty()
                    : Optional.of(new ColumnMapping("Ref", "Title", "Body", "Opened"));
        });
        Path jira = fx.file("jira.csv", JIRA);
        Path custom = fx.file("custom.csv", "Ref,Title,Body,Opened\nC-9,Refusals on pharmacy questions,"
                + "The assistant refuses dosage questions since the provider update,2026-03-17 10:00\n");
        Path skipped = fx.file("skip.csv", "Ref,Title\nX-1,Something\n");
        Path empty = fx.file("empty.csv", "");
        tickets.importFiles(List.of(jira, empty, custom, skipped));

        assertThat(tickets.imports()).extracting(i -> i.stageProperty().get())
                .containsExactly(Stage.DONE, Stage.FAILED, Stage.DONE, Stage.CANCELLED);
        assertThat(tickets.imports().get(0).messageProperty().get()).contains("3 tickets").contains("jira");
        assertThat(tickets.imports().get(1).messageProperty().get()).contains("empty.csv").contains("empty");
        assertThat(tickets.imports().get(3).messageProperty().get()).contains("not mapped");
        assertThat(asked).containsExactly(List.of("Ref", "Title", "Body", "Opened"), List.of("Ref", "Title"));
        assertThat(tickets.summaryProperty().get()).isEqualTo("2 of 4 files imported (4 tickets), 1 could not be read, 1 skipped");
        assertThat(tickets.importingProperty().get()).isFalse();

        TicketRow t1 = row("T-1");
        assertThat(t1.category()).isEqualTo("cost-spike");
        assertThat(t1.week()).isEqualTo(1);
        assertThat(t1.decidedBy()).contains("forecast");
        assertThat(row("T-3").week()).isEqualTo(3);
        assertThat(row("C-9").category()).isEqualTo("refusal-safety");

        // cost in week 3 and a refusal in week 3 are outside their expected weeks
        assertThat(tickets.surprises()).anyMatch(s -> s.equals("1 ticket about \u201CCost spike\u201D in week 3,"
                + " expected in weeks 1 to 2"));
        assertThat(tickets.surprises()).anyMatch(s -> s.contains("\u201CRefusals and safety filters\u201D"));
        // items are named by title, never by id
        assertThat(tickets.surprises()).noneMatch(s -> s.matches(".*\\b(pre|w\\d+)-[a-z-]+.*"));
        ExpectedChartModel chart = tickets.chartProperty().get();
        ExpectedChartModel.Row cost = chart.rows().stream().filter(r -> r.categoryId().equals("cost-spike")).findFirst().orElseThrow();
        assertThat(cost.cells()).filteredOn(ExpectedChartModel.Cell::outside).extracting(ExpectedChartModel.Cell::week)
                .containsExactly(3);
        assertThat(cost.total()).isEqualTo(2);

        tickets.selectedProperty().set(row("T-3"));
        assertThat(tickets.correctionProperty().get()).isEqualTo("cost-spike");
        tickets.correctionProperty().set("other");
        tickets.correct();
        assertThat(tickets.messageProperty().get()).contains("T-3").contains("other");
        assertThat(row("T-3").category()).isEqualTo("other");
        assertThat(row("T-3").decidedBy()).contains("corrected by Ana");
        assertThat(tickets.surprises()).noneMatch(s -> s.contains("Cost spike\u201D in week 3"));
    }

    private TicketRow row(String key) {
        return tickets.tickets().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theChartAxisHasNoWeekZeroAndMarksWeeksOutsideTheExpectedRange() throws Exception {
        create("helpdesk");
        tickets.importFiles(List.of(fx.file("jira.csv", JIRA)));
        ExpectedChartModel chart = tickets.chartProperty().get();
        assertThat(chart.weeks()).containsExactly(1, 2, 3);
        assertThat(chart.currentWeek()).isEqualTo(3);
        assertThat(chart.maxCount()).isEqualTo(1);
        ExpectedChartModel.Row bad = chart.rows().stream().filter(r -> r.categoryId().equals("bad-output")).findFirst().orElseThrow();
        assertThat(bad.cells()).extracting(ExpectedChartModel.Cell::expected).containsExactly(true, true, true);
        assertThat(bad.label()).isEqualTo(bad.name() + " (1)");
        // privacy is expected from week 6 only and has no tickets: not on a week 1-3 axis
        assertThat(chart.rows()).noneMatch(r -> r.categoryId().equals("privacy-data"));
    }
}

package com.clearance.ui;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.Status;
import com.clearance.persistence.DecisionEvent;
import com.clearance.service.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view models driven like the views drive them, with synchronous tasks and no JavaFX toolkit started. */
class ViewModelsTest {

    private static final String ACME = "Preamble line\ntraining-use:weak\nSome other term\ndata-residency:protective\n";

    @TempDir
    Path dir;
    private ViewModelFixture fx;
    private ContractsViewModel contracts;
    private AuditViewModel audit;
    private DecisionsViewModel decisions;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewModelFixture(dir);
        contracts = new ContractsViewModel(fx.workbench, fx.tasks, fx.errors::add);
        audit = new AuditViewModel(fx.workbench, fx.tasks, fx.errors::add);
        decisions = new DecisionsViewModel(fx.workbench, fx.tasks, fx.errors::add, audit);
        contracts.setOnImported(audit::open);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
        assertThat(fx.errors).isEmpty();
    }

    @Test
    void aContractReadWithWarningsShowsThemAboveItsAuditAndAWholeOneShowsNone() throws Exception {
        contracts.importFiles(List.of(fx.file("damaged.txt", "import-warning: pages 5, 9 could not be read\n" + ACME)));

        assertThat(audit.importWarningsProperty().get()).contains("read with warnings")
                .contains("\u2022 pages 5, 9 could not be read");

        contracts.importFiles(List.of(fx.file("whole.txt", ACME)));
        assertThat(audit.importWarningsProperty().get()).isEmpty();
    }

    @Test
    void importShowsEachFileItsOutcomeAndTheTableCanBeSearchedAndFiltered() throws Exception {
        contracts.importFiles(List.of(fx.file("acme-terms.txt", ACME), fx.file("scan.bad", "x"),
                fx.file("globex-terms.txt", "training-use:protective\n")));

        assertThat(contracts.imports()).extracting(i -> i.stageProperty().get()).containsExactly(
                ProgressListener.Stage.DONE, ProgressListener.Stage.FAILED, ProgressListener.Stage.DONE);
        assertThat(contracts.imports().get(1).messageProperty().get()).contains("scan.bad").contains("damaged");
        assertThat(contracts.summaryProperty().get()).isEqualTo("2 imported, 1 could not be read");
        assertThat(contracts.importingProperty().get()).isFalse();
        assertThat(contracts.visibleRows()).hasSize(2);

        contracts.searchProperty().set("glob");
        assertThat(contracts.visibleRows()).extracting(ContractRow::vendor).containsExactly("Globex");
        contracts.searchProperty().set("");
        contracts.onlyWithProperty().set(Status.WEAK);
        assertThat(contracts.visibleRows()).extracting(ContractRow::vendor).containsExactly("Acme");
        // the last imported contract was opened for audit
        assertThat(audit.headingProperty().get()).startsWith("Globex");
    }

    @Test
    void selectingAFindingHighlightsItsEvidenceAndScrollsToIt() throws Exception {
        contracts.importFiles(List.of(fx.file("acme-terms.txt", ACME)));
        assertThat(audit.allRows()).hasSize(3);
        assertThat(audit.scoreText()).isEqualTo("33 / 100");
        // nothing selected yet: the panel says so, and claims no protection
        assertThat(audit.rationaleProperty().get()).isEqualTo(AuditViewModel.NO_SELECTION);
        assertThat(audit.recommendationPrompt()).isEmpty();

        audit.select("data-residency");
        assertThat(audit.recommendationPrompt()).startsWith("No change to ask for");
        assertThat(audit.scrollTargetProperty().get()).isEqualTo(3);
        assertThat(audit.paragraphs().get(3).highlights()).containsExactly(new DocumentParagraph.Range(0, 25));
        assertThat(audit.paragraphs().get(1).highlighted()).isFalse();
        assertThat(audit.locationProperty().get()).isEqualTo("Page 1, section 1 (protective)");
        assertThat(audit.recommendationProperty().get()).isEmpty();

        audit.select("model-substitution");
        assertThat(audit.scrollTargetProperty().get()).isEqualTo(-1);
        assertThat(audit.locationProperty().get()).contains("No sentence");
        assertThat(audit.rationaleProperty().get()).contains("Looked for: model-substitution wording");
        assertThat(audit.recommendationProperty().get()).isEqualTo("ask for model-substitution");

        audit.statusFilterProperty().set(Status.MISSING);
        assertThat(audit.visibleRows()).extracting(FindingRow::clauseId).containsExactly("model-substitution");
        audit.statusFilterProperty().set(null);
        audit.categoryFilterProperty().set("data");
        assertThat(audit.visibleRows()).extracting(FindingRow::clauseId).containsExactly("data-residency");
    }

    @Test
    void decisionsAreSavedShownWithTheFindingKeptInTheTrailAndUndone() throws Exception {
        contracts.importFiles(List.of(fx.file("acme-terms.txt", ACME)));
        audit.select("training-use");

        decisions.choiceProperty().set(DecisionKind.NEGOTIATE);
        decisions.reviewerProperty().set("");
        decisions.save();
        assertThat(decisions.messageProperty().get()).contains("Enter your name");
        assertThat(decisions.trail()).isEmpty();

        decisions.reviewerProperty().set("Dana");
        decisions.noteProperty().set("Ask for opt-in");
        decisions.save();
        assertThat(decisions.messageProperty().get()).startsWith("Saved");
        assertThat(audit.selectedProperty().get().decisionText()).isEqualTo("negotiate");

        decisions.choiceProperty().set(DecisionKind.ACCEPT);
        decisions.save();
        assertThat(decisions.trail()).extracting(DecisionEvent::decision).containsExactly(DecisionKind.ACCEPT, DecisionKind.NEGOTIATE);

        decisions.undo();
        assertThat(audit.selectedProperty().get().decisionText()).isEqualTo("negotiate");
        assertThat(decisions.choiceProperty().get()).isEqualTo(DecisionKind.NEGOTIATE);
        assertThat(decisions.messageProperty().get()).isEqualTo("Undid your last decision on Title of training-use"
                + " (back to negotiate)");
        assertThat(decisions.trail()).hasSize(3);
        // the trail names the clause by its title and the person, never the clause id
        assertThat(decisions.describe(decisions.trail().get(0))).endsWith("  Title of training-use: undone, now"
                + " negotiate by Dana — Ask for opt-in").doesNotContain("  training-use");
        assertThat(decisions.describe(decisions.trail().get(2))).endsWith("Title of training-use: negotiate by Dana"
                + " — Ask for opt-in");
    }

    @Test
    void compareMarksDifferingClausesAndReadsMovementFromTheOlderImport() throws Exception {
        contracts.importFiles(List.of(fx.file("acme-v1.txt", "training-use:adverse\ndata-residency:protective\n"),
                fx.file("acme-v2.txt", "training-use:protective\ndata-residency:weak\n")));
        CompareViewModel compare = new CompareViewModel(fx.workbench, fx.tasks, fx.errors::add);
        compare.compare(List.of(contracts.allRows().get(0)));
        assertThat(compare.matrixProperty().get()).isNull();

        compare.compare(List.copyOf(contracts.allRows()));
        assertThat(compare.matrixProperty().get().contracts()).extracting(c -> c.documentName())
                .containsExactly("acme-v1.txt", "acme-v2.txt");
        assertThat(compare.summaryProperty().get()).contains("2 of 3 clauses differ").contains("1 better, 1 worse");
        // the wording of each version, word by word, with the two versions named in the header
        assertThat(compare.pairHeaderProperty().get()).contains("acme-v1.txt (imported ").contains("\u2192  acme-v2.txt");
        assertThat(compare.wordings("training-use")).singleElement().satisfies(w -> {
            assertThat(w.before()).contains("training-use:adverse");
            assertThat(w.after()).contains("training-use:protective");
            assertThat(w.words()).extracting(com.clearance.text.WordDiff.Piece::op)
                    .contains(com.clearance.text.WordDiff.Op.REMOVED, com.clearance.text.WordDiff.Op.ADDED);
        });
    }

    @Test
    void libraryShowsBarsAndLanguageForTheSelectedClause() {
        LibraryViewModel library = new LibraryViewModel(fx.workbench, fx.tasks, fx.errors::add);
        library.refresh();
        assertThat(library.clauses()).hasSize(3);
        library.selectedProperty().set(library.clauses().get(0));
        assertThat(library.detailsProperty().get()).contains("Why it matters").contains("WEAK when")
                .contains("Preferred language\npreferred training-use").contains("fallback training-use");
        library.reload();
        assertThat(library.errors()).isEmpty();
    }

    @Test
    void libraryErrorsAreShownInABannerOverEveryScreenAndListedOnTheLibraryScreen() {
        com.clearance.service.FakeAuditor auditor = (com.clearance.service.FakeAuditor) fx.workbench.engine();
        auditor.problems = List.of("two.yaml [id]: duplicate id 'one': another file already defines it");
        LibraryViewModel library = new LibraryViewModel(fx.workbench, fx.tasks, fx.errors::add);

        library.refresh();

        assertThat(library.problemBannerProperty().get()).isEqualTo("The clause library has 1 error, so audits use"
                + " the 3 clauses that loaded and are marked partial: two.yaml [id]: duplicate id 'one': another file"
                + " already defines it. Fix the files and reload the library.");
        assertThat(library.errors()).containsExactly(auditor.problems.get(0));
        auditor.problems = List.of();
        library.refresh();
        assertThat(library.problemBannerProperty().get()).isEmpty();
    }

    @Test
    void aLibraryWhereNothingLoadedRefusesImportsInAPlainSentence() throws Exception {
        com.clearance.service.FakeAuditor auditor = (com.clearance.service.FakeAuditor) fx.workbench.engine();
        auditor.noClauses = true;
        auditor.problems = List.of("_vocabulary.yaml: is not a YAML mapping");
        LibraryViewModel library = new LibraryViewModel(fx.workbench, fx.tasks, fx.errors::add);
        library.refresh();

        contracts.importFiles(List.of(fx.file("acme-terms.txt", ACME)));

        assertThat(library.problemBannerProperty().get()).contains("no clause loaded, so nothing can be audited")
                .contains("_vocabulary.yaml: is not a YAML mapping");
        assertThat(contracts.imports().get(0).messageProperty().get())
                .isEqualTo("acme-terms.txt: not imported: the clause library has no clauses that load, so there is"
                        + " nothing to audit against; fix the files listed on the Clause library screen and reload it");
        assertThat(fx.workbench.contracts().contracts()).isEmpty();
    }

    @Test
    void afterAReauditTheEarlierRunCanStillBeShown() throws Exception {
        contracts.importFiles(List.of(fx.file("acme-terms.txt", ACME)));
        com.clearance.service.FakeAuditor auditor = (com.clearance.service.FakeAuditor) fx.workbench.engine();
        auditor.version = "v2";
        auditor.weakBecomes = Status.ADVERSE;
        fx.workbench.contracts().reauditStale(ProgressListener.NONE, com.clearance.service.CancellationToken.none());
        audit.open(audit.contractIdProperty().get());

        assertThat(audit.runs()).extracting(r -> r.libraryVersion()).containsExactly("v2", "v1");
        assertThat(audit.shownRunProperty().get().libraryVersion()).isEqualTo("v2");
        audit.select("training-use");
        assertThat(audit.selectedProperty().get().status()).isEqualTo(Status.ADVERSE);

        audit.shownRunProperty().set(audit.runs().get(1));
        audit.select("training-use");
        assertThat(audit.selectedProperty().get().status()).isEqualTo(Status.WEAK);
        assertThat(audit.scoreText()).isEqualTo("33 / 100");
    }

    @Test
    void paragraphsCarryTheirPageWhenTheDocumentHasPages() {
        List<DocumentParagraph> ps = DocumentParagraph.split("a\nb\n\nc", List.of(
                new com.clearance.domain.PageSpan(1, 0, 2), new com.clearance.domain.PageSpan(2, 2, 6)));
        assertThat(ps).extracting(DocumentParagraph::text).containsExactly("a", "b", "c");
        assertThat(ps).extracting(DocumentParagraph::page).containsExactly(1, 2, 2);
        assertThat(ps.get(2).contains(5)).isTrue();
    }

    @Test
    void scoreExplanationSplitsIntoHeadlineAndOneLinePerClause() {
        String e = "Score 56/100 = 59 of 105 points: training-use weak: 6 of 12 points; data-residency protective: 10 of 10";
        assertThat(ScoreText.headline(e)).isEqualTo("Score 56/100 = 59 of 105 points.");
        assertThat(ScoreText.breakdown(e)).isEqualTo("training-use weak: 6 of 12 points\ndata-residency protective: 10 of 10");
    }
}

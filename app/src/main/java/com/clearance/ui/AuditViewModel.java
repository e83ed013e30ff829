package com.clearance.ui;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.persistence.AuditSummary;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.DecisionRecord;
import com.clearance.persistence.StoredAudit;
import com.clearance.service.ClauseInfo;
import com.clearance.service.Workbench;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The audit screen: one contract's scorecard, filters, and the selected finding with its evidence in the text. */
public final class AuditViewModel {

    public static final String ALL_CATEGORIES = "All categories";
    /** What the detail panel says while no finding is selected. */
    public static final String NO_SELECTION = "No finding selected. Choose a clause in the scorecard to see the"
            + " sentences that decided it, why it has its status, and the language to ask for.";

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;

    private final ObjectProperty<Long> contractId = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("No contract open");
    private final StringProperty vendor = new SimpleStringProperty("");
    private final IntegerProperty score = new SimpleIntegerProperty(-1);
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty importWarnings = new SimpleStringProperty("");
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<Status> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty categoryFilter = new SimpleStringProperty(ALL_CATEGORIES);
    private final ObservableList<String> categories = FXCollections.observableArrayList(ALL_CATEGORIES);
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty rationale = new SimpleStringProperty("");
    private final StringProperty recommendation = new SimpleStringProperty("");
    private final ObservableList<DocumentParagraph> paragraphs = FXCollections.observableArrayList();
    private final IntegerProperty scrollTarget = new SimpleIntegerProperty(-1);
    private List<DocumentParagraph> plainParagraphs = List.of();
    private final ObservableList<AuditSummary> runs = FXCollections.observableArrayList();
    private final ObjectProperty<AuditSummary> shownRun = new SimpleObjectProperty<>();
    private Map<String, ClauseInfo> clauseInfo = Map.of();
    private Map<String, DecisionRecord> decisionsShown = Map.of();
    private boolean loading;
    private final PageViewModel pageView;
    private com.clearance.domain.ContractDocument document;
    private final StringProperty searchQuery = new SimpleStringProperty("");
    private final StringProperty searchStatus = new SimpleStringProperty("");
    private List<int[]> hits = List.of();
    private int currentHit = -1;

    public AuditViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
        this.pageView = new PageViewModel(workbench, tasks, onError);
        searchQuery.addListener((o, a, b) -> search(b));
        statusFilter.addListener((o, a, b) -> applyFilter());
        categoryFilter.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> showSelection(b));
        shownRun.addListener((o, a, run) -> {
            if (!loading && run != null && (a == null || a.auditId() != run.auditId())) {
                tasks.run(() -> workbench.contracts().audit(run.auditId()), audit -> showResult(audit.result()), onError);
            }
        });
    }

    /** Every audit run of the open contract, newest first; re-audits keep the earlier ones for comparison. */
    public ObservableList<AuditSummary> runs() { return runs; }
    /** The original page beside the finding. */
    public PageViewModel pageView() { return pageView; }
    /** What Ctrl+F looks for in the contract text ("" for no search). */
    public StringProperty searchQueryProperty() { return searchQuery; }
    /** "3 of 12", "no match" or "". */
    public StringProperty searchStatusProperty() { return searchStatus; }
    /** The run whose findings are shown (the newest after opening). */
    public ObjectProperty<AuditSummary> shownRunProperty() { return shownRun; }

    public ObjectProperty<Long> contractIdProperty() { return contractId; }
    public StringProperty headingProperty() { return heading; }
    /** The open contract's vendor ("" when none is open), for export file names. */
    public StringProperty vendorProperty() { return vendor; }
    public IntegerProperty scoreProperty() { return score; }
    public StringProperty explanationProperty() { return explanation; }
    /** The problems met reading the open contract (damaged pages, replaced characters), one per line; "" for none. */
    public StringProperty importWarningsProperty() { return importWarnings; }
    public ObservableList<FindingRow> allRows() { return rows; }
    public FilteredList<FindingRow> visibleRows() { return visibleRows; }
    public ObjectProperty<Status> statusFilterProperty() { return statusFilter; }
    public StringProperty categoryFilterProperty() { return categoryFilter; }
    public ObservableList<String> categories() { return categories; }
    public ObjectProperty<FindingRow> selectedProperty() { return selected; }
    public StringProperty locationProperty() { return location; }
    public StringProperty rationaleProperty() { return rationale; }
    public StringProperty recommendationProperty() { return recommendation; }
    /** What the empty recommendation box says: nothing while no finding is selected, else why there is none. */
    public String recommendationPrompt() {
        FindingRow row = selected.get();
        if (row == null) return "";
        return row.status() == Status.PROTECTIVE ? "No change to ask for: the contract already gives this protection."
                : "The clause library has no language for this clause.";
    }
    public ObservableList<DocumentParagraph> paragraphs() { return paragraphs; }
    /** Index into {@link #paragraphs()} the view should scroll to (the first evidence), -1 for none. */
    public IntegerProperty scrollTargetProperty() { return scrollTarget; }

    private record Loaded(ContractRecord contract, StoredAudit audit, String text, Map<String, DecisionRecord> decisions,
                          List<ClauseInfo> clauses, List<com.clearance.domain.PageSpan> pages,
                          List<AuditSummary> history, List<String> warnings,
                          com.clearance.domain.ContractDocument document) { }

    public void open(long id) {
        tasks.run(() -> new Loaded(workbench.contracts().contract(id).orElseThrow(),
                        workbench.contracts().latestAudit(id).orElse(null), workbench.contracts().documentText(id),
                        workbench.decisions().current(id), workbench.engine().clauses(), workbench.contracts().pages(id),
                        workbench.contracts().auditHistory(id), workbench.contracts().importWarnings(id),
                        storedDocument(id)),
                this::show, onError);
    }

    /** The stored reading (sentences with their page boxes); null when it cannot be read, so no boxes are drawn. */
    private com.clearance.domain.ContractDocument storedDocument(long id) {
        try {
            return workbench.contracts().document(id);
        } catch (Exception e) {
            return null;
        }
    }

    /** Reloads the decisions shown next to the findings, keeping the selection. */
    public void refreshDecisions(Runnable then) {
        Long id = contractId.get();
        if (id != null) {
            tasks.run(() -> workbench.decisions().current(id), d -> {
                applyDecisions(d);
                then.run();
            }, onError);
        } else {
            then.run();
        }
    }

    private void show(Loaded l) {
        // opening the contract that is showing again (a second click, a re-audit) keeps the finding the user is on
        String keep = selected.get() != null && Long.valueOf(l.contract().id()).equals(contractId.get())
                ? selected.get().clauseId() : null;
        contractId.set(l.contract().id());
        vendor.set(l.contract().vendor());
        heading.set(l.contract().vendor() + " — " + l.contract().documentName() + " (" + l.contract().pages()
                + (l.contract().pages() == 1 ? " page)" : " pages)"));
        importWarnings.set(warningText(l.warnings(), l.audit() == null ? null : l.audit().result()));
        plainParagraphs = DocumentParagraph.split(l.text(), l.pages().size() > 1 ? l.pages() : List.of());
        document = l.document();
        pageView.clear(l.contract().id());
        pageView.show(1, List.of(), pageNote(1, null));
        searchQuery.set("");
        selected.set(null);
        paragraphs.setAll(plainParagraphs);
        clauseInfo = l.clauses().stream().collect(Collectors.toMap(ClauseInfo::id, Function.identity(), (a, b) -> a));
        decisionsShown = l.decisions();
        loading = true;
        runs.setAll(l.history());
        shownRun.set(runs.isEmpty() ? null : runs.get(0));
        loading = false;
        showResult(l.audit() == null ? null : l.audit().result());
        if (keep != null) {
            select(keep);
        }
    }

    /**
     * The notices above the scorecard: a document kept although it does not look like an agreement, the share of the
     * text in the library's language when part is in another, and what went wrong reading the file.
     */
    static String warningText(List<String> importWarnings, AuditResult result) {
        List<String> parts = new ArrayList<>();
        com.clearance.domain.DocumentReading reading = result == null ? null : result.reading();
        if (reading != null && !reading.looksLikeAgreement()) {
            parts.add("Not scored: " + reading.notAgreementReason() + ". It was kept because it was imported anyway;"
                    + " it stays out of the portfolio unless you choose it there.");
        }
        if (reading != null && reading.languageNote() != null) {
            String note = reading.languageNote();
            parts.add(Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".");
        }
        String leftOut = result == null ? null : result.leftOut();
        if (leftOut != null) {
            // kept with the stored audit: shown even after the library is mended, as long as this audit is the one shown
            parts.add("Incomplete audit (" + leftOut + "): the clauses left out were not audited, so the score and"
                    + " the findings cover only the rest.");
        }
        if (!importWarnings.isEmpty()) {
            parts.add("This contract was read with warnings; the audit may miss what could not be read:\n"
                    + importWarnings.stream().map(w -> "\u2022 " + w).collect(Collectors.joining("\n")));
        }
        return String.join("\n", parts);
    }

    private void showResult(AuditResult result) {
        selected.set(null);
        score.set(result == null || !result.looksLikeAgreement() ? -1 : result.score());
        explanation.set(result == null ? "This contract has not been audited." : result.scoreExplanation());
        List<FindingRow> built = new ArrayList<>();
        if (result != null) {
            for (Finding f : result.findings()) {
                ClauseInfo c = clauseInfo.get(f.clauseId());
                built.add(new FindingRow(f.clauseId(), c == null ? f.clauseId() : c.title(),
                        c == null ? "other" : c.category(), c == null ? 0 : c.weight(), f, decisionsShown.get(f.clauseId())));
            }
        }
        rows.setAll(built);
        categories.setAll(ALL_CATEGORIES);
        built.stream().map(FindingRow::category).distinct().sorted().forEach(categories::add);
        categoryFilter.set(ALL_CATEGORIES);
        statusFilter.set(null);
        if (selected.get() == null) {
            showSelection(null); // the detail panel says that nothing is selected, not what a finding would say
        }
    }

    private void applyDecisions(Map<String, DecisionRecord> decisions) {
        decisionsShown = decisions;
        String keep = selected.get() == null ? null : selected.get().clauseId();
        rows.replaceAll(r -> new FindingRow(r.clauseId(), r.title(), r.category(), r.weight(), r.finding(),
                decisions.get(r.clauseId())));
        if (keep != null) {
            rows.stream().filter(r -> r.clauseId().equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    private void applyFilter() {
        Status s = statusFilter.get();
        String c = categoryFilter.get();
        visibleRows.setPredicate(r -> (s == null || r.status() == s)
                && (c == null || ALL_CATEGORIES.equals(c) || c.equals(r.category())));
    }

    public void select(String clauseId) {
        rows.stream().filter(r -> r.clauseId().equals(clauseId)).findFirst().ifPresent(selected::set);
    }

    private void showSelection(FindingRow row) {
        if (row == null) {
            location.set("");
            rationale.set(contractId.get() == null ? "" : NO_SELECTION);
            recommendation.set("");
            paragraphs.setAll(plainParagraphs);
            scrollTarget.set(-1);
            return;
        }
        Finding f = row.finding();
        rationale.set(Objects.requireNonNullElse(f.rationale(), "")
                + (f.status() == Status.MISSING && f.lookedFor() != null ? "\nLooked for: " + f.lookedFor() : ""));
        recommendation.set(f.recommendation() == null ? "" : f.recommendation());
        location.set(describeLocation(f.evidence()) + ocrNote(f.evidence()));
        showEvidencePage(f.evidence());
        List<int[]> ranges = f.evidence().stream().map(e -> new int[]{e.start(), e.end()}).toList();
        List<DocumentParagraph> marked = plainParagraphs.stream().map(p -> p.marking(ranges)).toList();
        paragraphs.setAll(marked);
        // Scroll to the deciding sentence (the engine lists it first), not merely the earliest one in the text.
        int target = -1;
        if (!f.evidence().isEmpty()) {
            int deciding = f.evidence().get(0).start();
            for (int i = 0; i < marked.size() && target < 0; i++) {
                target = marked.get(i).contains(deciding) ? i : -1;
            }
        }
        scrollTarget.set(target);
    }

    /** The deciding sentence's page with every evidence sentence's boxes on it. */
    private void showEvidencePage(List<Evidence> evidence) {
        if (evidence.isEmpty() || document == null) {
            return;
        }
        com.clearance.domain.Sentence deciding = document.sentenceAt(evidence.get(0).start()).orElse(null);
        int page = deciding != null && !deciding.regions().isEmpty() ? deciding.regions().get(0).page()
                : evidence.get(0).page();
        List<com.clearance.domain.TextRegion> boxes = evidence.stream()
                .flatMap(e -> document.sentenceAt(e.start()).stream())
                .flatMap(s -> s.regions().stream()).toList();
        pageView.show(page, boxes, pageNote(page, deciding));
    }

    /** "Read by OCR (confidence 91%)" for a scanned page, and the poor-scan flag. */
    private String pageNote(int page, com.clearance.domain.Sentence sentence) {
        if (document == null) {
            return "";
        }
        for (com.clearance.domain.ScannedPage p : document.scannedPages()) {
            if (p.number() == page) {
                String base = "Page " + page + " was read by OCR (mean confidence " + Math.round(p.meanConfidence())
                        + "%" + (sentence != null && sentence.fromOcr() ? "; this sentence "
                        + Math.round(sentence.ocrConfidence()) + "%" : "") + ")";
                return p.poor() ? "Page " + page + " is a poor scan: check it against the image. " + base : base;
            }
        }
        return "";
    }

    /** " · from OCR (confidence 87%)" when the deciding sentence was read from a scan. */
    private String ocrNote(List<Evidence> evidence) {
        if (evidence.isEmpty() || document == null) {
            return "";
        }
        return document.sentenceAt(evidence.get(0).start()).filter(com.clearance.domain.Sentence::fromOcr)
                .map(s -> " · read by OCR from the scanned page (confidence " + Math.round(s.ocrConfidence())
                        + "%): check the wording against the page image")
                .orElse("");
    }

    /** Finds every case-insensitive occurrence of {@code query} in the text and goes to the first. */
    private void search(String query) {
        String q = query == null ? "" : query.strip();
        hits = new ArrayList<>();
        currentHit = -1;
        if (q.isEmpty()) {
            searchStatus.set("");
            showSelection(selected.get());
            return;
        }
        String needle = q.toLowerCase(java.util.Locale.ROOT);
        for (DocumentParagraph p : plainParagraphs) {
            String hay = p.text().toLowerCase(java.util.Locale.ROOT);
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
                hits.add(new int[]{p.start() + i, p.start() + i + needle.length()});
            }
        }
        if (hits.isEmpty()) {
            searchStatus.set("no match");
            paragraphs.setAll(plainParagraphs);
            return;
        }
        goToHit(0);
    }

    public void findNext() {
        if (!hits.isEmpty()) {
            goToHit((currentHit + 1) % hits.size());
        }
    }

    public void findPrevious() {
        if (!hits.isEmpty()) {
            goToHit((currentHit - 1 + hits.size()) % hits.size());
        }
    }

    private void goToHit(int index) {
        currentHit = index;
        int[] hit = hits.get(index);
        searchStatus.set((index + 1) + " of " + hits.size());
        List<DocumentParagraph> marked = plainParagraphs.stream().map(p -> p.markingHits(hits, hit[0])).toList();
        paragraphs.setAll(marked);
        int target = -1;
        for (int i = 0; i < marked.size() && target < 0; i++) {
            target = marked.get(i).contains(hit[0]) ? i : -1;
        }
        scrollTarget.set(-1);
        scrollTarget.set(target);
        if (document != null) {
            com.clearance.domain.Sentence s = document.sentences().stream()
                    .filter(x -> x.start() <= hit[0] && hit[0] < x.end()).findFirst().orElse(null);
            int page = s != null && !s.regions().isEmpty() ? s.regions().get(0).page() : pageOf(hit[0]);
            pageView.show(page, s == null ? List.of() : s.regions(), pageNote(page, s));
        }
    }

    private int pageOf(int offset) {
        for (com.clearance.domain.PageSpan p : document.pages()) {
            if (offset >= p.start() && offset < p.end()) {
                return p.number();
            }
        }
        return 1;
    }

    static String describeLocation(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "No sentence in the contract addresses this clause.";
        }
        return evidence.stream().map(e -> "Page " + e.page() + (e.section() == null || e.section().isBlank() ? ""
                : ", section " + e.section()) + (e.pointsTo() == null ? "" : " (" + e.pointsTo().id() + ")"))
                .distinct().collect(Collectors.joining(" · "));
    }

    public String scoreText() {
        return score.get() < 0 ? "–" : score.get() + " / 100";
    }
}

package com.clearance.ui;

import com.clearance.domain.VersionStamp;
import com.clearance.persistence.ContractRecord;
import com.clearance.service.ClauseMovement;
import com.clearance.service.PortfolioMatrix;
import com.clearance.service.VersionDiff;
import com.clearance.service.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;

/**
 * The compare screen: the contracts chosen side by side clause by clause, and when exactly two are chosen, which
 * clauses moved from the older to the newer and which way.
 */
public final class CompareViewModel {

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;

    private final ObservableList<ContractRow> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<PortfolioMatrix> matrix = new SimpleObjectProperty<>();
    private final ObservableList<ClauseMovement> movements = FXCollections.observableArrayList();
    private final ObjectProperty<VersionDiff> versionDiff = new SimpleObjectProperty<>();
    private final StringProperty pairHeader = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("Choose two or more contracts to compare.");

    public CompareViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
    }

    public ObservableList<ContractRow> chosen() { return chosen; }
    public ObjectProperty<PortfolioMatrix> matrixProperty() { return matrix; }
    public ObservableList<ClauseMovement> movements() { return movements; }
    public StringProperty summaryProperty() { return summary; }
    /** The wording differences between the two versions, or null when fewer than two are compared. */
    public ObjectProperty<VersionDiff> versionDiffProperty() { return versionDiff; }
    /** "older (effective date · version) → newer (…)" for the wording pane's header. */
    public StringProperty pairHeaderProperty() { return pairHeader; }

    /** The deciding sentences of a clause in both versions, with their word-level difference; empty if unchanged. */
    public List<VersionDiff.Wording> wordings(String clauseId) {
        VersionDiff d = versionDiff.get();
        if (d == null) {
            return List.of();
        }
        return d.clauses().stream().filter(c -> c.clauseId().equals(clauseId)).findFirst()
                .map(VersionDiff.ClauseDiff::wordings).orElse(List.of());
    }

    /**
     * Follows the contract list: a comparison showing a contract that was deleted since (or renamed) is made again
     * over the chosen contracts as they are listed now, so the portfolio never shows a deleted one.
     */
    public void follow(List<ContractRow> listed) {
        if (chosen.isEmpty()) {
            return;
        }
        java.util.Map<Long, ContractRow> byId = new java.util.HashMap<>();
        listed.forEach(r -> byId.put(r.id(), r));
        List<ContractRow> now = chosen.stream().map(r -> byId.get(r.id())).filter(java.util.Objects::nonNull).toList();
        if (!now.equals(chosen)) {
            compare(now);
        }
    }

    public void compare(List<ContractRow> contracts) {
        chosen.setAll(contracts);
        if (contracts.size() < 2) {
            matrix.set(null);
            movements.clear();
            versionDiff.set(null);
            pairHeader.set("");
            summary.set("Choose two or more contracts to compare.");
            return;
        }
        // Oldest import first, so "moved" reads from the earlier terms to the later ones.
        List<ContractRow> ordered = contracts.stream().sorted(Comparator.comparing(ContractRow::importedAt)
                .thenComparing(ContractRow::id)).toList();
        List<Long> ids = ordered.stream().map(ContractRow::id).toList();
        List<ContractRow> pair = versionPair(contracts);
        tasks.run(() -> new Result(workbench.compare().matrix(ids), pair.isEmpty() ? List.of()
                : workbench.compare().movements(pair.get(0).id(), pair.get(1).id()), pair,
                pair.isEmpty() ? null : workbench.compare().versionDiff(pair.get(0).id(), pair.get(1).id())), r -> {
            versionDiff.set(r.diff());
            matrix.set(r.matrix());
            movements.setAll(r.movements());
            pairHeader.set(r.pair().isEmpty() ? "" : header(r.pair().get(0), r.diff() == null ? null : r.diff().olderStamp())
                    + "  \u2192  " + header(r.pair().get(1), r.diff() == null ? null : r.diff().newerStamp()));
            summary.set(describe(r));
        }, onError);
    }

    private record Result(PortfolioMatrix matrix, List<ClauseMovement> movements, List<ContractRow> pair,
                          VersionDiff diff) { }

    /** The document with the date and version its text states; the import date only when it states neither. */
    static String header(ContractRow r, VersionStamp stamp) {
        String stated = stamp == null ? "" : stamp.label();
        return r.document() + " (" + (stated.isEmpty() ? "imported " + r.importedAt().toString().substring(0, 10)
                : stated) + ")";
    }

    /**
     * The two contracts whose movement to show: the earliest and latest of the first vendor with two or more chosen
     * contracts, ordered by document name (vendors date their terms in the file name); else the two chosen, if two.
     */
    static List<ContractRow> versionPair(List<ContractRow> chosen) {
        Map<String, List<ContractRow>> byVendor = new LinkedHashMap<>();
        for (ContractRow r : chosen) {
            byVendor.computeIfAbsent(r.vendor().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(r);
        }
        for (List<ContractRow> same : byVendor.values()) {
            if (same.size() >= 2) {
                List<ContractRow> sorted = same.stream().sorted(Comparator.comparing(ContractRow::document)).toList();
                return List.of(sorted.get(0), sorted.get(sorted.size() - 1));
            }
        }
        return chosen.size() == 2 ? List.of(chosen.get(0), chosen.get(1)) : List.of();
    }

    private static String describe(Result r) {
        long differing = r.matrix().rows().stream().filter(PortfolioMatrix.Row::differs).count();
        String names = String.join(" vs ", r.matrix().contracts().stream().map(ContractRecord::documentName).toList());
        String text = names + ": " + differing + " of " + r.matrix().rows().size() + " clauses differ.";
        if (!r.movements().isEmpty()) {
            long better = r.movements().stream().filter(m -> m.direction() == ClauseMovement.Direction.BETTER).count();
            long worse = r.movements().stream().filter(m -> m.direction() == ClauseMovement.Direction.WORSE).count();
            text += "\nFrom " + r.pair().get(0).document() + " to " + r.pair().get(1).document() + ": " + better
                    + " better, " + worse + " worse for the customer.";
        }
        return text;
    }
}

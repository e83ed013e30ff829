package com.clearance.ui;

import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.Launch;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.Member;
import com.clearance.runbook.PhaseStatus;
import com.clearance.service.LaunchException;
import com.clearance.service.LaunchService;
import com.clearance.service.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The launches screen: every launch with its readiness today, creating one, and the selected launch's runbook by
 * phase. All the arithmetic is the launch service's; this only holds what the view shows.
 */
public final class LaunchesViewModel {

    private final Workbench workbench;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final Supplier<LocalDate> today;

    private final ObservableList<LaunchRow> launches = FXCollections.observableArrayList();
    private final ObjectProperty<LaunchRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LaunchStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<PhaseStatus> phases = FXCollections.observableArrayList();
    private final ObjectProperty<PhaseStatus> selectedPhase = new SimpleObjectProperty<>();
    private final ObservableList<ItemStatus> items = FXCollections.observableArrayList();
    private final ObjectProperty<ItemStatus> selectedItem = new SimpleObjectProperty<>();
    private final StringProperty readiness = new SimpleStringProperty("");
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("No launch selected");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<ContractChoice> contractChoices = FXCollections.observableArrayList();
    private final NewLaunchForm form = new NewLaunchForm();

    public LaunchesViewModel(Workbench workbench, BackgroundTasks tasks, Consumer<Throwable> onError,
                             Supplier<LocalDate> today) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.onError = onError;
        this.today = today;
        selected.addListener((o, a, b) -> {
            if (b == null || a == null || !a.name().equals(b.name())) {
                reloadStatus();
            }
        });
        selectedPhase.addListener((o, a, b) -> showItems());
    }

    public ObservableList<LaunchRow> launches() { return launches; }
    public ObjectProperty<LaunchRow> selectedProperty() { return selected; }
    public ObjectProperty<LaunchStatus> statusProperty() { return status; }
    public ObservableList<PhaseStatus> phases() { return phases; }
    /** The phase whose items are listed; null lists every item. */
    public ObjectProperty<PhaseStatus> selectedPhaseProperty() { return selectedPhase; }
    public ObservableList<ItemStatus> items() { return items; }
    public ObjectProperty<ItemStatus> selectedItemProperty() { return selectedItem; }
    public StringProperty readinessProperty() { return readiness; }
    public StringProperty explanationProperty() { return explanation; }
    public StringProperty headingProperty() { return heading; }
    public StringProperty messageProperty() { return message; }
    public ObservableList<ContractChoice> contractChoices() { return contractChoices; }
    public NewLaunchForm form() { return form; }
    LocalDate today() { return today.get(); }

    /** The selected launch's name, or null. */
    public String launchName() {
        return selected.get() == null ? null : selected.get().name();
    }

    private LaunchService service() {
        return workbench.launches();
    }

    /** Reloads the list (keeping the selection by name) and then the selected launch's runbook. */
    public void refresh() {
        refresh(launchName());
    }

    private void refresh(String select) {
        LocalDate day = today.get();
        tasks.run(() -> {
            List<LaunchRow> rows = new ArrayList<>();
            for (Launch l : service().list()) {
                rows.add(LaunchRow.of(service().status(l.name(), day)));
            }
            return rows;
        }, rows -> {
            launches.setAll(rows);
            LaunchRow again = rows.stream().filter(r -> r.name().equals(select)).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0));
            boolean same = again != null && selected.get() != null && again.name().equals(selected.get().name());
            selected.set(again);
            if (same) {
                reloadStatus();
            }
        }, onError);
    }

    /** Reads the selected launch's status again (after a check, waive, reopen or link). */
    public void reloadStatus() {
        String name = launchName();
        if (name == null) {
            show(null);
            return;
        }
        LocalDate day = today.get();
        tasks.run(() -> service().status(name, day), this::show, onError);
    }

    private void show(LaunchStatus s) {
        String phaseId = selectedPhase.get() == null ? null : selectedPhase.get().phase().id();
        String itemId = selectedItem.get() == null ? null : selectedItem.get().item().id();
        status.set(s);
        phases.setAll(s == null ? List.of() : s.phases());
        if (s == null) {
            heading.set("No launch selected");
            readiness.set("");
            explanation.set("Create a launch to work its runbook.");
            selectedPhase.set(null);
            return;
        }
        heading.set(s.launch().name() + " — " + s.launch().feature() + " · launch " + s.launch().launchDate()
                + " · " + ReadinessText.week(s.currentWeek()));
        readiness.set(ReadinessText.percent(s.readiness()));
        explanation.set(ReadinessText.explanation(s));
        selectedPhase.set(s.phases().stream().filter(p -> p.phase().id().equals(phaseId)).findFirst().orElse(null));
        showItems();
        selectedItem.set(items.stream().filter(i -> i.item().id().equals(itemId)).findFirst().orElse(null));
    }

    private void showItems() {
        LaunchStatus s = status.get();
        PhaseStatus phase = selectedPhase.get();
        List<ItemStatus> shown = s == null ? List.of() : phase == null ? s.items() : phase.items();
        String itemId = selectedItem.get() == null ? null : selectedItem.get().item().id();
        items.setAll(shown);
        selectedItem.set(shown.stream().filter(i -> Objects.equals(i.item().id(), itemId)).findFirst().orElse(null));
    }

    /** Audited contracts a new launch may link to. */
    public void loadContractChoices() {
        tasks.run(() -> workbench.contracts().contracts().stream().filter(o -> o.latestAudit() != null)
                .map(ContractChoice::of).toList(), contractChoices::setAll, onError);
    }

    /** Creates the launch in the form; a problem with the input becomes the message, not an error dialog. */
    public void create(Runnable onCreated) {
        String name = form.nameProperty().get().strip();
        List<Member> members;
        try {
            members = form.parseMembers();
        } catch (IllegalArgumentException e) {
            message.set("Team: " + e.getMessage());
            return;
        }
        String feature = form.featureProperty().get().strip();
        LocalDate date;
        try {
            date = form.launchDate().read("Launch date");
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        List<Long> contracts = List.copyOf(form.contractIds());
        tasks.run(() -> {
            service().create(name, feature, date, null, members);
            for (long id : contracts) {
                service().linkContract(name, String.valueOf(id));
            }
            return name;
        }, created -> {
            message.set("Created " + created + (contracts.isEmpty() ? "" : contracts.size() == 1
                    ? " with 1 linked contract" : " with " + contracts.size() + " linked contracts") + ".");
            form.clear();
            refresh(created);
            onCreated.run();
        }, this::problem);
    }

    /** Links one more audited contract to the selected launch; its findings may put items at risk. */
    public void linkContract(long contractId) {
        String name = launchName();
        if (name == null) {
            return;
        }
        String label = contractChoices.stream().filter(c -> c.id() == contractId).map(ContractChoice::label)
                .findFirst().orElse("the contract");
        tasks.run(() -> {
            service().linkContract(name, String.valueOf(contractId));
            return contractId;
        }, id -> {
            message.set("Linked " + label + " to " + name + ".");
            refresh();
        }, this::problem);
    }

    /** A launch exception is the user's to fix (one sentence); anything else is a real error. */
    void problem(Throwable e) {
        if (e instanceof LaunchException || e instanceof IllegalArgumentException) {
            message.set(e.getMessage());
        } else {
            onError.accept(e);
        }
    }
}

package com.clearance.ui;

import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.PhaseStatus;
import com.clearance.service.LaunchException;
import com.clearance.service.LaunchService;
import com.clearance.service.SampleContract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The launch part of the screenshot tour: a help-desk launch linked to the sample contract, part of its runbook done,
 * the sixty sample tickets imported and one corrected, then the runbook, tickets and expected-vs-observed screens.
 */
final class LaunchTour {

    static final String NAME = "helpdesk-replies";
    static final LocalDate LAUNCH_DATE = LocalDate.of(2026, 10, 12);
    /** Items left open (or waived) so the screens show work still to do; the rest of each listed phase is done. */
    private static final Set<String> LEFT_OPEN = Set.of("pre-privacy-signoff", "pre-abuse-controls",
            "w1-key-rotation-drill", "w1-prompt-token-delta", "w3-retrieval-eval", "w3-cohort-review",
            "w3-cross-layer-rota", "w3-intent-mining");
    private static final List<String> PHASES_WORKED = List.of("pre-launch", "weeks-1-2", "weeks-2-5");
    private static final List<String> LATER_DONE = List.of("w4-refusal-canaries", "w4-version-monitoring",
            "w6-pii-in-logs", "w7-retention-settings", "w7-observability-dpa");

    private final ScreenshotTour tour;
    private final MainWindow w;

    LaunchTour(ScreenshotTour tour, MainWindow w) {
        this.tour = tour;
        this.w = w;
    }

    void addSteps() {
        LaunchScreen screen = w.launch();
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        tour.then(() -> {
            w.showTab(5);
            screen.launches.loadContractChoices();
            NewLaunchForm form = screen.launches.form();
            form.nameProperty().set("inbox-assistant");
            form.featureProperty().set("Reply suggestions in the shared inbox");
            form.launchDate().textProperty().set("2026-11-02");
            form.membersProperty().set("Ana Ruiz: launch-manager\nBen Okafor: platform");
            dialog[0] = new NewLaunchDialog(screen.launches).show(w.stage());
        });
        tour.shotOf("new-launch", () -> dialog[0].getDialogPane().getScene());
        tour.then(() -> {
            dialog[0].close();
            screen.launches.form().clear();
        });
        tour.then(() -> {
            w.showTab(5);
            screen.actions.userProperty().set("Ana Ruiz");
            NewLaunchForm form = screen.launches.form();
            form.nameProperty().set(NAME);
            form.featureProperty().set("Reply suggestions in the help desk");
            form.launchDate().set(LAUNCH_DATE);
            form.membersProperty().set("Ana Ruiz: launch-manager\nBen Okafor: platform\nChloé Martin: privacy-reviewer\n"
                    + "Dev Patel: ai-eng\nEmma Stone: support-lead");
            form.contractIds().setAll(w.contracts().allRows().stream().filter(r -> r.document()
                    .equals(SampleContract.FILE_NAME)).map(ContractRow::id).toList());
            screen.launches.create(() -> { });
        });
        tour.waitFor(() -> screen.launches.statusProperty().get() != null);
        tour.then(() -> {
            workRunbook(w.workbench().launches());
            screen.launches.refresh();
        });
        tour.then(() -> screen.importTickets(List.of(SampleContract.installTickets(w.workbench().dataFolder()))));
        tour.waitFor(() -> !screen.tickets.importingProperty().get() && screen.tickets.tickets().size() >= 60);
        tour.then(() -> {
            // the tracing bill is an observability cost, not inference spend: corrected by hand
            screen.tickets.tickets().stream().filter(t -> t.key().equals("HDX-157")).findFirst()
                    .ifPresent(screen.tickets.selectedProperty()::set);
            screen.tickets.correctionProperty().set("other");
            screen.tickets.correct();
        });
        tour.then(() -> {
            screen.showRunbook();
            PhaseStatus pre = screen.launches.phases().get(0);
            screen.launches.selectedPhaseProperty().set(pre);
            pre.items().stream().filter(i -> i.item().id().equals("pre-privacy-signoff")).findFirst()
                    .ifPresent(screen.launches.selectedItemProperty()::set);
        });
        tour.shot("launch");
        tour.then(() -> {
            screen.showTickets();
            screen.tickets.tickets().stream().filter(t -> t.key().equals("HDX-157")).findFirst()
                    .ifPresent(screen.tickets.selectedProperty()::set);
        });
        tour.shot("tickets");
        tour.then(screen::showChart);
        tour.shot("tickets-chart");
    }

    /** Checks off most of the early phases with evidence notes, waives one item, and a few later ones. */
    private void workRunbook(LaunchService launches) {
        try {
            for (PhaseStatus p : launches.status(NAME, LocalDate.now()).phases()) {
                if (!PHASES_WORKED.contains(p.phase().id())) {
                    continue;
                }
                for (ItemStatus i : p.items()) {
                    if (!LEFT_OPEN.contains(i.item().id()) && !i.item().id().equals("pre-peak-load-test")) {
                        launches.check(NAME, i.item().id(), owner(i), "Done before the review; see the linked page.",
                                "https://wiki.example.test/helpdesk/" + i.item().id(), null);
                    }
                }
            }
            // an expiry in the past is refused, so the waiver holds at least a month from the day the tour runs
            LocalDate until = LAUNCH_DATE.plusDays(60).isAfter(LocalDate.now()) ? LAUNCH_DATE.plusDays(60)
                    : LocalDate.now().plusDays(30);
            launches.waive(NAME, "pre-peak-load-test", "Peak traffic is tested by the staged roll-out to 10% of agents",
                    until, "Ana Ruiz");
            for (String id : LATER_DONE) {
                launches.check(NAME, id, "Dev Patel", "Reviewed in the weekly launch meeting.", null, null);
            }
        } catch (LaunchException e) {
            throw new IllegalStateException("The screenshot tour could not work the runbook: " + e.getMessage(), e);
        }
    }

    private static String owner(ItemStatus i) {
        return switch (i.item().ownerRole()) {
            case "platform", "on-call", "security" -> "Ben Okafor";
            case "ai-eng", "prompt-owner", "eng-lead" -> "Dev Patel";
            case "support-lead" -> "Emma Stone";
            case "privacy-reviewer", "legal" -> "Chloé Martin";
            default -> "Ana Ruiz";
        };
    }
}

package com.clearance.runbook;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchAssessorTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 3, 2);

    private static ChecklistItem item(String id, int due, String... clauses) {
        return new ChecklistItem(id, "Title " + id, "done", "platform", due, "evidence", List.of(clauses), List.of("cost-spike"));
    }

    private static final RunbookTemplate TEMPLATE = new RunbookTemplate("t", "T", 1, "", new ClassifierSettings("other", 2, 2),
            List.of(), List.of(
            new Phase("pre", "Pre", new WeekRange(-4, -1), List.of(item("pin", -14, "model-substitution"), item("keys", -7),
                    item("caps", -3), item("dash", -1))),
            new Phase("w1", "Weeks 1-2", new WeekRange(1, 2), List.of(item("triage", 10), item("reconcile", 12))),
            new Phase("late", "Later", new WeekRange(6, 10), List.of(item("privacy", 50, "training-use")))));

    private static final Launch LAUNCH_RECORD = new Launch("inbox", "Inbox assistant", LAUNCH, "t",
            List.of(new Member("Ana", "launch-manager")), List.of("C-1"));

    private final Map<String, ItemState> states = new HashMap<>();

    private void done(String id) {
        states.put(id, new ItemState(id, new Completion("Ana", Instant.parse("2026-02-20T10:00:00Z"), "ok", null, null), null));
    }

    private void waive(String id, LocalDate until) {
        states.put(id, new ItemState(id, null, new Waiver("lab booked", until, "Ben", Instant.parse("2026-02-20T10:00:00Z"))));
    }

    private LaunchStatus on(LocalDate today, List<LinkedAudit> audits) {
        return LaunchAssessor.assess(TEMPLATE, LAUNCH_RECORD, states, audits, today);
    }

    @Test
    void readinessIsTheWeakestOpenPhaseNotTheAverage() {
        done("pin");
        done("keys");
        done("caps");
        done("dash");
        done("triage");
        // day 5 of launch: pre-launch 4/4, weeks 1-2 at 1/2, the later phase has not opened
        LaunchStatus s = on(LAUNCH.plusDays(4), List.of());
        assertThat(s.currentWeek()).isEqualTo(1);
        assertThat(s.readiness()).isEqualTo(0.5);
        assertThat(s.weakestPhase().orElseThrow().phase().id()).isEqualTo("w1");
        // once the later phase opens with nothing done, it decides the score
        assertThat(on(LAUNCH.plusDays(40), List.of()).readiness()).isZero();
    }

    @Test
    void beforeAnyPhaseOpensTheFirstPhaseCounts() {
        done("pin");
        LaunchStatus s = on(LAUNCH.minusDays(60), List.of());
        assertThat(s.readiness()).isEqualTo(0.25);
    }

    @Test
    void overdueItemsAreThoseNotDoneAfterTheirDueDate() {
        done("pin");
        LaunchStatus s = on(LAUNCH.minusDays(5), List.of());
        // keys due day -7 is past; caps (-3) and dash (-1) are not yet due; pin is done
        assertThat(s.overdue()).extracting(i -> i.item().id()).containsExactly("keys");
        ItemStatus keys = s.items().stream().filter(i -> i.item().id().equals("keys")).findFirst().orElseThrow();
        assertThat(keys.due()).isEqualTo(LocalDate.of(2026, 2, 23));
        // on the due day itself an item is not overdue
        assertThat(on(LocalDate.of(2026, 2, 23), List.of()).overdue()).extracting(i -> i.item().id()).doesNotContain("keys");
    }

    @Test
    void aWaiverCountsAsDoneUntilItExpires() {
        done("pin");
        done("keys");
        done("caps");
        waive("dash", LAUNCH.plusDays(3));
        LaunchStatus during = on(LAUNCH.plusDays(3), List.of());
        assertThat(during.phases().get(0).completion()).isEqualTo(1.0);
        assertThat(during.overdue()).isEmpty();

        LaunchStatus after = on(LAUNCH.plusDays(4), List.of());
        assertThat(after.phases().get(0).completion()).isEqualTo(0.75);
        assertThat(after.expiredWaivers()).extracting(i -> i.item().id()).containsExactly("dash");
        assertThat(after.overdue()).extracting(i -> i.item().id()).containsExactly("dash");
    }

    @Test
    void weakOrMissingContractClausesPutRelatedItemsAtRisk() {
        AuditResult audit = new AuditResult("vendor-msa.pdf", "abc", 12, 40, "", "1", List.of(
                new Finding("model-substitution", Status.WEAK, List.of(), "notice only by posting on a website", "ask for 90 days", null),
                new Finding("training-use", Status.PROTECTIVE, List.of(), "no training", null, null)));
        LaunchStatus s = on(LAUNCH, List.of(new LinkedAudit("C-1", audit)));
        assertThat(s.atRisk()).extracting(i -> i.item().id()).containsExactly("pin");
        assertThat(s.atRisk().get(0).risks()).containsExactly(
                "vendor-msa.pdf: model-substitution is weak \u2014 notice only by posting on a website");

        AuditResult silent = new AuditResult("other.pdf", "def", 3, 20, "", "1", List.of(
                new Finding("model-substitution", Status.PROTECTIVE, List.of(), "90 days notice", null, null),
                new Finding("training-use", Status.MISSING, List.of(), "", "add a clause", "training exclusion")));
        assertThat(on(LAUNCH, List.of(new LinkedAudit("C-2", silent))).atRisk()).extracting(i -> i.item().id())
                .containsExactly("privacy");
    }

    @Test
    void aDoneItemIsNotAtRiskAndKeepsTheFindingAsANoteNamedByTitle() {
        AuditResult audit = new AuditResult("vendor-msa.pdf", "abc", 12, 40, "", "1", List.of(
                new Finding("model-substitution", Status.WEAK, List.of(), "notice only by posting", "ask for 90 days", null)));
        done("pin");
        LaunchStatus s = LaunchAssessor.assess(TEMPLATE, LAUNCH_RECORD, states, List.of(new LinkedAudit("C-1", audit)),
                LAUNCH, id -> id.equals("model-substitution") ? "Model substitution" : id);
        ItemStatus pin = s.items().stream().filter(i -> i.item().id().equals("pin")).findFirst().orElseThrow();
        assertThat(pin.atRisk()).isFalse();
        assertThat(pin.notes()).containsExactly("vendor-msa.pdf: Model substitution is weak \u2014 notice only by posting");
        assertThat(s.atRisk()).isEmpty();

        states.clear();
        waive("pin", LAUNCH.plusDays(30));
        assertThat(LaunchAssessor.assess(TEMPLATE, LAUNCH_RECORD, states, List.of(new LinkedAudit("C-1", audit)),
                LAUNCH).atRisk()).as("a validly waived item is settled too").isEmpty();
        states.clear();
        waive("pin", LAUNCH.minusDays(30)); // expired: open again, so at risk again
        assertThat(LaunchAssessor.assess(TEMPLATE, LAUNCH_RECORD, states, List.of(new LinkedAudit("C-1", audit)),
                LAUNCH).atRisk()).extracting(i -> i.item().id()).containsExactly("pin");
    }

    @Test
    void aLinkedDocumentThatIsNotAnAgreementPutsNothingAtRisk() {
        AuditResult note = new AuditResult("note.txt", "abc", 1, 25, "", "1", List.of(
                new Finding("model-substitution", Status.MISSING, List.of(), "", "ask", null)),
                new com.clearance.domain.DocumentReading(1, 0, 0, 0, false, 1, 0, "English"));
        assertThat(on(LAUNCH, List.of(new LinkedAudit("C-9", note))).atRisk()).isEmpty();
    }

    @Test
    void weeksCountFromLaunchDayWithNoWeekZero() {
        assertThat(LaunchWeeks.weekOf(LAUNCH, LAUNCH)).isEqualTo(1);
        assertThat(LaunchWeeks.weekOf(LAUNCH, LAUNCH.plusDays(6))).isEqualTo(1);
        assertThat(LaunchWeeks.weekOf(LAUNCH, LAUNCH.plusDays(7))).isEqualTo(2);
        assertThat(LaunchWeeks.weekOf(LAUNCH, LAUNCH.minusDays(1))).isEqualTo(-1);
        assertThat(LaunchWeeks.weekOf(LAUNCH, LAUNCH.minusDays(7))).isEqualTo(-1);
        assertThat(LaunchWeeks.weekOf(LAUNCH, LAUNCH.minusDays(8))).isEqualTo(-2);
    }
}

package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.library.ChecklistLoader;
import com.clearance.persistence.Database;
import com.clearance.runbook.Attachment;
import com.clearance.runbook.HistoryEntry;
import com.clearance.runbook.ItemStatus;
import com.clearance.runbook.LaunchStatus;
import com.clearance.runbook.Member;
import com.clearance.runbook.TriagedTicket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import com.clearance.persistence.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launch use cases end to end against an H2 file in a temporary folder (repositories included). */
@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class LaunchServiceTest {

    @Parameter
    TestDatabases.Backend backend;

    private static final LocalDate LAUNCH = LocalDate.of(2026, 3, 2);

    @TempDir Path dir;
    private Database db;
    private TestDatabases.Target target;
    private LaunchService service;
    private final Map<String, AuditResult> audits = new java.util.HashMap<>();

    @BeforeEach
    void open() throws Exception {
        target = TestDatabases.create(backend, dir);
        db = target.open();
        service = new LaunchService(db, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                id -> Optional.ofNullable(audits.get(id)), Clock.fixed(Instant.parse("2026-02-20T09:00:00Z"), ZoneOffset.UTC));
        service.create("inbox", "Inbox assistant", LAUNCH, null, List.of(new Member("Ana", "launch-manager")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsListsAndRefusesADuplicateName() throws Exception {
        assertThat(service.list()).extracting(l -> l.name()).containsExactly("inbox");
        assertThat(service.launch("inbox").members()).containsExactly(new Member("Ana", "launch-manager"));
        assertThat(service.launch("inbox").templateId()).isEqualTo("first-100-tickets");
        assertThatThrownBy(() -> service.create("inbox", "again", LAUNCH, null, List.of()))
                .isInstanceOf(LaunchException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> service.launch("nope")).hasMessage("No launch named 'nope'");
    }

    @Test
    void aWaiverWhoseExpiryIsPastIsRefusedAndNothingIsStored() throws Exception {
        // the service's clock says 2026-02-20
        assertThatThrownBy(() -> service.waive("inbox", "pre-peak-load-test", "lab booked", LocalDate.of(2026, 2, 19), "Ana"))
                .isInstanceOf(LaunchException.class)
                .hasMessage("The waiver's expiry 2026-02-19 is in the past; give today (2026-02-20) or a later day");
        assertThat(item(service.status("inbox", LAUNCH), "pre-peak-load-test").recorded().waiver()).isNull();
        service.waive("inbox", "pre-peak-load-test", "lab booked", LocalDate.of(2026, 2, 20), "Ana"); // today holds
        assertThat(item(service.status("inbox", LAUNCH), "pre-peak-load-test").recorded().waiver()).isNotNull();
    }

    @Test
    void checkWaiveAndReopenAreStoredWithAnAuditTrail() throws Exception {
        Path proof = Files.writeString(dir.resolve("pin.txt"), "model: snapshot-2026-01-15");
        service.check("inbox", "pre-pin-model", "Ben", "pinned in config", "https://example.test/pr/12", proof);
        service.waive("inbox", "pre-peak-load-test", "lab booked", LAUNCH.plusDays(3), "Ana");

        LaunchStatus s = service.status("inbox", LAUNCH);
        ItemStatus pin = item(s, "pre-pin-model");
        assertThat(pin.state()).isEqualTo(ItemStatus.State.DONE);
        assertThat(pin.recorded().completion().by()).isEqualTo("Ben");
        assertThat(pin.recorded().completion().link()).isEqualTo("https://example.test/pr/12");
        String ref = pin.recorded().completion().attachmentRef();
        Attachment stored = service.attachment(Long.parseLong(ref.substring("attachment:".length()))).orElseThrow();
        assertThat(new String(stored.content())).isEqualTo("model: snapshot-2026-01-15");
        assertThat(stored.fileName()).isEqualTo("pin.txt");
        assertThat(item(s, "pre-peak-load-test").state()).isEqualTo(ItemStatus.State.WAIVED);
        assertThat(item(service.status("inbox", LAUNCH.plusDays(4)), "pre-peak-load-test").state())
                .isEqualTo(ItemStatus.State.OVERDUE);

        service.reopen("inbox", "pre-pin-model", "Ana", "config was reverted");
        assertThat(item(service.status("inbox", LAUNCH), "pre-pin-model").state()).isEqualTo(ItemStatus.State.OVERDUE);
        assertThat(service.history("inbox", "pre-pin-model")).extracting(HistoryEntry::action)
                .containsExactly("attached", "checked", "reopened");
        assertThat(service.history("inbox", null)).hasSize(4);
        assertThatThrownBy(() -> service.check("inbox", "no-such-item", "Ben", null, null, null))
                .hasMessageContaining("No item 'no-such-item'");
    }

    @Test
    void aLinkedContractWithAWeakClausePutsItsItemsAtRisk() throws Exception {
        audits.put("C-7", new AuditResult("acme-terms.pdf", "h", 9, 35, "", "1", List.of(
                new Finding("model-substitution", Status.ADVERSE, List.of(), "vendor may replace models at any time", "90 days", null))));
        service.linkContract("inbox", "C-7");
        service.linkContract("inbox", "C-7");
        assertThat(service.launch("inbox").contractIds()).containsExactly("C-7");
        LaunchStatus s = service.status("inbox", LAUNCH);
        assertThat(item(s, "pre-pin-model").risks()).singleElement().asString()
                .contains("acme-terms.pdf", "model-substitution is adverse", "replace models at any time");
        assertThat(item(s, "pre-marketing-calendar").atRisk()).isFalse();
        service.unlinkContract("inbox", "C-7");
        assertThat(service.status("inbox", LAUNCH).atRisk()).isEmpty();
    }

    @Test
    void importedTicketsKeepTheirCorrectionsAcrossReimports() throws Exception {
        Path csv = Files.writeString(dir.resolve("jira.csv"), "Issue key,Summary,Description,Created\n"
                + "AIA-1,Spend is 4x the forecast,Marketing campaign,04/Mar/26 10:15 AM\n"
                + "AIA-2,Assistant refuses HR questions,It says it can't help with that,2026-04-01 09:00\n");
        LaunchService.ImportSummary summary = service.importTickets("inbox", csv, null);
        assertThat(summary.layout()).isEqualTo("jira");
        assertThat(summary.imported()).isEqualTo(2);
        List<TriagedTicket> tickets = service.tickets("inbox");
        assertThat(tickets).extracting(TriagedTicket::category).containsExactly("cost-spike", "refusal-safety");
        assertThat(tickets.get(0).classification().week()).isEqualTo(1);
        assertThat(tickets.get(1).classification().week()).isEqualTo(5);

        service.correctTicket("inbox", "AIA-2", "provider-change", "Ana", "provider tightened the filter");
        service.importTickets("inbox", csv, null);
        List<TriagedTicket> again = service.tickets("inbox");
        assertThat(again).hasSize(2);
        assertThat(again.get(1).category()).isEqualTo("provider-change");
        assertThat(again.get(1).corrected()).isTrue();
        assertThat(service.expectedVsObserved("inbox", LAUNCH.plusDays(40)).rows().stream()
                .filter(r -> r.category().id().equals("provider-change")).findFirst().orElseThrow().total()).isEqualTo(1);
        assertThatThrownBy(() -> service.correctTicket("inbox", "AIA-2", "misc", "Ana", null))
                .hasMessageContaining("'misc' is not a ticket category");
        assertThatThrownBy(() -> service.correctTicket("inbox", "AIA-9", "abuse", "Ana", null))
                .hasMessageContaining("no ticket AIA-9");
    }

    @Test
    void aChangeOverAnOlderVersionOfAnItemIsRefusedWithWhoChangedIt() throws Exception {
        assertThat(service.itemVersions("inbox")).doesNotContainKey("pre-pin-model");
        service.check("inbox", "pre-pin-model", "Ben", "pinned", null, null, 0);
        assertThatThrownBy(() -> service.waive("inbox", "pre-pin-model", "not needed", LAUNCH.plusDays(9), "Ana", 0))
                .isInstanceOf(LaunchException.class)
                .hasMessageMatching("Ben changed this item at \\d\\d:\\d\\d: reload to see it");
        assertThat(service.itemVersions("inbox")).containsEntry("pre-pin-model", 1);
        assertThat(item(service.status("inbox", LAUNCH), "pre-pin-model").state()).isEqualTo(ItemStatus.State.DONE);
        service.reopen("inbox", "pre-pin-model", "Ben", "undo", 1);
        assertThat(service.history("inbox", "pre-pin-model")).hasSize(2);
    }

    @Test
    void dataSurvivesReopeningTheDatabase() throws Exception {
        service.check("inbox", "pre-trace-id", "Ben", "trace shown", null, null);
        db.close();
        db = target.open();
        LaunchService reopened = new LaunchService(db, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                ContractAudits.NONE, Clock.systemUTC());
        assertThat(item(reopened.status("inbox", LAUNCH), "pre-trace-id").state()).isEqualTo(ItemStatus.State.DONE);
    }

    private static ItemStatus item(LaunchStatus s, String id) {
        return s.items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
    }
}

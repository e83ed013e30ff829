package com.clearance.persistence;

import com.clearance.runbook.Classification;
import com.clearance.runbook.Completion;
import com.clearance.runbook.ItemState;
import com.clearance.runbook.Launch;
import com.clearance.runbook.Member;
import com.clearance.runbook.Ticket;
import com.clearance.runbook.Waiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class LaunchRepositoryTest {

    @Parameter
    TestDatabases.Backend backend;

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void storesLaunchesItemStatesAttachmentsAndTickets(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            LaunchRepository launches = new LaunchRepository(db, Clock.fixed(NOW, ZoneOffset.UTC));
            launches.create(new Launch("inbox", "Inbox assistant", LocalDate.of(2026, 3, 2), "first-100-tickets",
                    List.of(new Member("Ana", "launch-manager"), new Member("Ana", "privacy-reviewer")), List.of("C-1")));
            launches.addMember("inbox", new Member("Ben", "eng-lead"));
            launches.addMember("inbox", new Member("Ben", "eng-lead"));
            Launch l = launches.find("inbox").orElseThrow();
            assertThat(l.members()).hasSize(3);
            assertThat(l.contractIds()).containsExactly("C-1");
            assertThat(launches.find("other")).isEmpty();

            ItemStateRepository items = new ItemStateRepository(db);
            long attachment = items.attach("inbox", "pre-pin-model", "shot.png", "image/png", new byte[]{1, 2, 3}, "Ben", NOW);
            items.complete("inbox", "pre-pin-model", new Completion("Ben", NOW, "pinned", null, null), attachment);
            items.waive("inbox", "pre-trace-id", new Waiver("not needed for v1", LocalDate.of(2026, 3, 20), "Ana", NOW));
            Map<String, ItemState> states = items.states("inbox");
            assertThat(states.get("pre-pin-model").completion().attachmentRef()).isEqualTo("attachment:" + attachment);
            assertThat(states.get("pre-trace-id").waiver().until()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(items.attachment(attachment).orElseThrow().content()).containsExactly(1, 2, 3);
            assertThat(items.history("inbox", null)).hasSize(3);

            TicketRepository tickets = new TicketRepository(db);
            Ticket t = new Ticket("AIA-1", "Spend 4x", "Campaign", LocalDateTime.of(2026, 3, 4, 10, 15));
            tickets.save("inbox", List.of(t), List.of(new Classification("AIA-1", "cost-spike", 8, 1, List.of("spend", "4x"))), "a.csv", NOW);
            tickets.correct("inbox", "AIA-1", "billing-session", "Ana", NOW, null);
            assertThat(tickets.tickets("inbox").get(0).category()).isEqualTo("billing-session");
            assertThat(tickets.tickets("inbox").get(0).classification().evidence()).containsExactly("spend", "4x");
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT from_category, to_category FROM ticket_corrections")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("cost-spike");
            }

            assertThatThrownBy(() -> items.states("ghost")).isInstanceOf(StoreException.class).hasMessage("No launch named 'ghost'");
            launches.delete("inbox");
            assertThat(launches.list()).isEmpty();
        }
    }

    @Test
    void aLaunchChangeWhoseLogLineCannotBeWrittenIsNotKept(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            LaunchRepository launches = new LaunchRepository(db, Clock.fixed(NOW, ZoneOffset.UTC));
            launches.create(new Launch("inbox", "Inbox assistant", LocalDate.of(2026, 3, 2), "first-100-tickets",
                    List.of(new Member("Ana", "launch-manager")), List.of("C-1")));
            refuseNewRows(db, "changes");

            assertThatThrownBy(() -> launches.addMember("inbox", new Member("Ben", "eng-lead"))).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> launches.linkContract("inbox", "C-2")).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> launches.unlinkContract("inbox", "C-1")).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> launches.delete("inbox")).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> launches.create(new Launch("outbox", "Outbox", LocalDate.of(2026, 3, 2),
                    "first-100-tickets", List.of(new Member("Ana", "launch-manager")), List.of())))
                    .isInstanceOf(StoreException.class);

            Launch inbox = launches.find("inbox").orElseThrow();
            assertThat(inbox.members()).containsExactly(new Member("Ana", "launch-manager"));
            assertThat(inbox.contractIds()).containsExactly("C-1");
            assertThat(launches.find("outbox")).isEmpty();
        }
    }

    @Test
    void aRunbookChangeWhoseLogLineCannotBeWrittenLeavesNeitherStateNorHistory(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            new LaunchRepository(db, Clock.fixed(NOW, ZoneOffset.UTC)).create(new Launch("inbox", "Inbox assistant",
                    LocalDate.of(2026, 3, 2), "first-100-tickets", List.of(new Member("Ana", "launch-manager")), List.of()));
            ItemStateRepository items = new ItemStateRepository(db);
            items.waive("inbox", "pre-trace-id", new Waiver("not needed for v1", LocalDate.of(2026, 3, 20), "Ana", NOW));
            refuseNewRows(db, "changes");

            assertThatThrownBy(() -> items.complete("inbox", "pre-pin-model", new Completion("Ben", NOW, "pinned", null, null),
                    null)).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> items.reopen("inbox", "pre-trace-id", "Ben", NOW, "needed after all"))
                    .isInstanceOf(StoreException.class);

            assertThat(items.states("inbox")).containsOnlyKeys("pre-trace-id");
            assertThat(items.states("inbox").get("pre-trace-id").waiver()).isNotNull();
            assertThat(items.history("inbox", null)).extracting(h -> h.action()).containsExactly("waived");
            assertThat(items.versions("inbox")).containsExactly(Map.entry("pre-trace-id", 1));
        }
    }

    @Test
    void aTicketCorrectionWhoseLogLineCannotBeWrittenIsNotKept(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            new LaunchRepository(db, Clock.fixed(NOW, ZoneOffset.UTC)).create(new Launch("inbox", "Inbox assistant",
                    LocalDate.of(2026, 3, 2), "first-100-tickets", List.of(new Member("Ana", "launch-manager")), List.of()));
            TicketRepository tickets = new TicketRepository(db);
            Ticket t = new Ticket("AIA-1", "Spend 4x", "Campaign", LocalDateTime.of(2026, 3, 4, 10, 15));
            tickets.save("inbox", List.of(t), List.of(new Classification("AIA-1", "cost-spike", 8, 1, List.of("spend"))), "a.csv", NOW);
            refuseNewRows(db, "changes");

            assertThatThrownBy(() -> tickets.correct("inbox", "AIA-1", "billing-session", "Ana", NOW, null))
                    .isInstanceOf(StoreException.class);

            assertThat(tickets.tickets("inbox").get(0).category()).isEqualTo("cost-spike");
            assertThat(count(db, "ticket_corrections")).isZero();
        }
    }

    /**
     * From now on the database refuses new rows of {@code table}: for the change log, a write that fails at its last
     * statement, after the state and history rows went in.
     */
    private static void refuseNewRows(Database db, String table) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            c.createStatement().execute("ALTER TABLE " + table + " ADD CONSTRAINT refused_in_test CHECK (id <= "
                    + rs.getLong(1) + ")");
        }
    }

    private static int count(Database db, String table) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

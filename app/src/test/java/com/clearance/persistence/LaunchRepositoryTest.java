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
}

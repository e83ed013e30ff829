package com.clearance.persistence;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A second session hears of the first one's changes within seconds (H2: polling; PostgreSQL: LISTEN/NOTIFY). */
@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class ChangeWatcherTest {

    @Parameter
    TestDatabases.Backend backend;

    @Test
    void anotherSessionsDecisionArrivesWithinFiveSecondsAndOwnChangesDoNot(@TempDir Path dir) throws Exception {
        TestDatabases.Target target = TestDatabases.create(backend, dir);
        try (Database mine = target.open(); Database theirs = target.open()) {
            long id = new ContractRepository(mine).insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF, 1, "b",
                    "{}", Instant.now()).id();
            List<Change> heard = new CopyOnWriteArrayList<>();
            try (ChangeWatcher watcher = ChangeWatcher.start(mine, heard::addAll)) {
                new DecisionRepository(mine).record(id, "data-residency", DecisionKind.WAIVE, null, "Me", Instant.now());
                long sent = System.nanoTime();
                new DecisionRepository(theirs).record(id, "training-use", DecisionKind.NEGOTIATE, "opt-in", "Dana",
                        Instant.now());
                while (heard.isEmpty() && System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(5)) {
                    Thread.sleep(20);
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
                System.out.printf("ChangeWatcherTest[%s]: heard after %d ms%n", backend, millis);
                assertThat(heard).extracting(Change::line).containsExactly("Dana recorded a decision on Acme · training-use");
                assertThat(heard.get(0).contractId()).isEqualTo(id);
            }
        }
    }
}

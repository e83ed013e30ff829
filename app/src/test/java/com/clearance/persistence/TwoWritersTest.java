package com.clearance.persistence;

import com.clearance.domain.DocumentFormat;
import com.clearance.runbook.Launch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes write the same database at once (the same finding, the same runbook item, audits of the same
 * contract), one of them killed with kill -9 part-way. Nothing reported saved is lost, no two writes claim the same
 * version of a finding or an item (so none overwrote another unseen), stale writes are refused with the plain
 * sentence, and the killed process loses at most the one write it was making.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class TwoWritersTest {

    @Parameter
    TestDatabases.Backend backend;

    @Test
    void twoWritersLoseNothingAndRefuseStaleWritesPlainly(@TempDir Path dir) throws Exception {
        TestDatabases.Target target = TestDatabases.create(backend, dir);
        long contract;
        try (Database db = target.open()) {
            contract = new ContractRepository(db).insert("Acme", "a.md", "/a.md", "s", DocumentFormat.MARKDOWN, 1, "b",
                    "{}", Instant.now()).id();
            new LaunchRepository(db, Clock.systemUTC()).create(new Launch("inbox", "Inbox", LocalDate.of(2026, 12, 1),
                    "first-100-tickets", List.of(), List.of()));
        }
        Process steady = child(target, contract, "Dana", 40, dir);
        Process killed = child(target, contract, "Lee", -1, dir);
        ByteArrayOutputStream steadyOut = drain(steady.getInputStream());
        ByteArrayOutputStream killedOut = drain(killed.getInputStream());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(killedOut).size() < 30 && killed.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        killed.destroyForcibly(); // SIGKILL: nothing closed, no shutdown hooks
        assertThat(killed.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(steady.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(steady.exitValue()).as(String.join("\n", lines(steadyOut))).isZero();
        Thread.sleep(200);

        List<String> printed = new ArrayList<>(lines(steadyOut));
        printed.addAll(lines(killedOut));
        List<Long> decided = printed.stream().filter(l -> l.startsWith("DECIDED ")).map(l -> Long.parseLong(l.split(" ")[1])).toList();
        List<Integer> decidedVersions = printed.stream().filter(l -> l.startsWith("DECIDED ")).map(l -> Integer.parseInt(l.split(" ")[2])).toList();
        List<Integer> checkedVersions = printed.stream().filter(l -> l.startsWith("CHECKED ")).map(l -> Integer.parseInt(l.substring(8))).toList();
        List<Long> audited = printed.stream().filter(l -> l.startsWith("AUDITED ")).map(l -> Long.parseLong(l.substring(8))).toList();
        List<String> refused = printed.stream().filter(l -> l.startsWith("REFUSED ")).map(l -> l.substring(8)).toList();
        System.out.printf("TwoWritersTest[%s]: %d decisions, %d checks, %d audits saved; %d stale writes refused%n",
                backend, decided.size(), checkedVersions.size(), audited.size(), refused.size());

        assertThat(decided).hasSizeGreaterThan(10);
        assertThat(new HashSet<>(decidedVersions)).as("each version of the finding written once").hasSameSizeAs(decidedVersions);
        assertThat(new HashSet<>(checkedVersions)).as("each version of the item written once").hasSameSizeAs(checkedVersions);
        assertThat(refused).allSatisfy(m -> assertThat(m).matches("(Dana|Lee) changed this (finding|item) at \\d\\d:\\d\\d: reload to see it"));
        try (Database db = target.open(); Connection c = db.dataSource().getConnection()) {
            Set<Long> events = new HashSet<>(ids(c, "SELECT id FROM decision_events WHERE action = 'RECORD'"));
            assertThat(events).containsAll(decided);
            assertThat(events.size()).isBetween(decided.size(), decided.size() + 1);
            assertThat(versions(c, "SELECT COUNT(*) FROM decision_events")).isEqualTo(events.size());
            // the finding's trail is one unbroken line of versions 1..n: no write was made over one it did not see
            assertThat(decidedVersions).isSubsetOf(IntStream.rangeClosed(1, events.size()).boxed().toList());
            int checks = versions(c, "SELECT COUNT(*) FROM item_state_history");
            assertThat(checks).isBetween(checkedVersions.size(), checkedVersions.size() + 1);
            assertThat(new HashSet<>(ids(c, "SELECT id FROM audits"))).containsAll(audited);
        }
    }

    private static Process child(TestDatabases.Target target, long contract, String who, int rounds, Path dir)
            throws Exception {
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(),
                target.dbOption(), String.valueOf(contract), who, String.valueOf(rounds))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        b.environment().put("CLEARANCE_HOME", dir.resolve("home-" + who).toString());
        if (target.backend() == TestDatabases.Backend.POSTGRESQL) {
            b.environment().put("PGPASSFILE", TestPostgres.get().passwordFile().toString());
        }
        return b.start();
    }

    private static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static int versions(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static ByteArrayOutputStream drain(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (out) {
                        out.write(buffer, 0, n);
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child died: what was read is what it printed
            }
        });
        t.setDaemon(true);
        t.start();
        return out;
    }

    /** Whole lines only: a line cut by the kill was never printed. */
    private static List<String> lines(ByteArrayOutputStream out) {
        String text;
        synchronized (out) {
            text = out.toString(StandardCharsets.UTF_8);
        }
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}

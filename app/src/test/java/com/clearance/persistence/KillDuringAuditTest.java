package com.clearance.persistence;

import com.clearance.app.Launcher;
import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.service.AuditArchive;
import com.clearance.service.AuditService;
import com.clearance.service.SampleContract;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random moments during a long {@code audit --db} over a database that already holds a few hundred
 * audits. Every audit the child printed before it died (a printed audit has been reported saved) must be in the
 * database afterwards, and no contract may be there without its audit.
 *
 * <p>Trials and the random seed can be set with {@code -Dclearance.killTrials=N -Dclearance.killSeed=S}.
 */
class KillDuringAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEEDED_AUDITS = 200;
    private static final int FILES_PER_TRIAL = 80;

    @Test
    void everyPrintedAuditSurvivesAKillAndNoContractLacksItsAudit(@TempDir Path dir) throws Exception {
        int trials = Integer.getInteger("clearance.killTrials", 6);
        long seed = Long.getLong("clearance.killSeed", System.nanoTime());
        Random random = new Random(seed);
        Path db = dir.resolve("team");
        Path sample = SampleContract.install(dir.resolve("sample"));
        seed(db, sample);

        int printedTotal = 0;
        int orphansTotal = 0;
        int trialsLosing = 0;
        List<String> lost = new ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
            List<String> files = copies(sample, dir.resolve("trial-" + trial), "t" + trial + "-");
            List<String> printed = runAndKill(db, dir.resolve("home"), files, random);
            printedTotal += printed.size();
            Set<String> stored = new HashSet<>();
            int orphans;
            try (Database opened = Database.open(db); Connection c = opened.dataSource().getConnection();
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT k.document_name FROM contracts k"
                        + " WHERE EXISTS (SELECT 1 FROM audits a WHERE a.contract_id = k.id)")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contracts k"
                        + " WHERE NOT EXISTS (SELECT 1 FROM audits a WHERE a.contract_id = k.id)")) {
                    rs.next();
                    orphans = rs.getInt(1);
                }
            }
            int lostBefore = lost.size();
            for (String name : printed) {
                if (!stored.contains(name)) {
                    lost.add(name);
                }
            }
            orphansTotal += orphans;
            trialsLosing += lost.size() > lostBefore || orphans > 0 ? 1 : 0;
        }
        System.out.printf("KillDuringAuditTest: %d trials (%d lost data), %d audits printed before the kill, %d of them"
                + " lost, %d contracts without their audit (seed %d)%n", trials, trialsLosing, printedTotal, lost.size(),
                orphansTotal, seed);
        assertThat(printedTotal).as("the child printed audits before it was killed").isPositive();
        assertThat(lost).as("printed audits missing from the database (seed %d)", seed).isEmpty();
        assertThat(orphansTotal).as("contracts left without their audit (seed %d)", seed).isZero();
    }

    /** A database with a few hundred audits stored the ordinary way. */
    private static void seed(Path db, Path sample) throws Exception {
        AuditService service = new AuditService(AuditService.loadLibrary(null).library());
        ContractDocument document = service.read(sample);
        AuditResult result = service.audit(document);
        try (AuditArchive archive = AuditArchive.open(db)) {
            for (int i = 0; i < SEEDED_AUDITS; i++) {
                archive.save(sample.resolveSibling("seed-" + i + ".md"), document, result);
            }
        }
    }

    private static List<String> copies(Path sample, Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < FILES_PER_TRIAL; i++) {
            files.add(Files.copy(sample, folder.resolve(prefix + i + ".md")).toString());
        }
        return files;
    }

    /** Starts {@code audit --db} in a child JVM, kills it forcibly at a random moment, returns what it printed. */
    private static List<String> runAndKill(Path db, Path home, List<String> files, Random random) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "audit", "--db", db.toString(), "--format", "json"));
        command.addAll(files);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CLEARANCE_HOME", home.toString());
        Process child = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(child.getInputStream(), out));
        reader.start();
        // kill after a random number of printed audits, plus a random part of the next one
        int afterLines = random.nextInt(FILES_PER_TRIAL / 2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(out) < afterLines && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        Thread.sleep(random.nextInt(60));
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, nothing closed
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.join(20_000);
        List<String> printed = new ArrayList<>();
        String text;
        synchronized (out) {
            text = out.toString(StandardCharsets.UTF_8);
        }
        int end = text.lastIndexOf('\n'); // a line cut by the kill was never printed whole
        for (String line : end < 0 ? new String[0] : text.substring(0, end).split("\n")) {
            if (line.startsWith("{")) {
                printed.add(JSON.readTree(line).get("document").asText());
            }
        }
        return printed;
    }

    private static int lines(ByteArrayOutputStream out) {
        synchronized (out) {
            byte[] bytes = out.toByteArray();
            int n = 0;
            for (byte b : bytes) {
                if (b == '\n') n++;
            }
            return n;
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException ignored) {
            // the child died: what was read is what was printed
        }
    }
}

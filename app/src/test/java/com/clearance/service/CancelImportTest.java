package com.clearance.service;

import com.clearance.ingest.ContractReader;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancel stops a long import at any stage (reading pages, structuring, auditing) within a second and stores nothing;
 * progress moves with pages read and clauses judged. Real reader, real engine, real database, a generated long PDF.
 */
class CancelImportTest {

    private static Path pdf;
    private static LibraryAuditor auditor;
    @TempDir
    Path dir;
    private Database db;
    private ContractLibraryService service;

    @BeforeAll
    static void writeLongContract() throws Exception {
        pdf = new SyntheticContractPdf().write(Files.createTempFile("clearance-cancel-", ".pdf"), 240);
        auditor = LibraryAuditor.load(null);
    }

    @AfterAll
    static void removeContract() throws Exception {
        Files.deleteIfExists(pdf);
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("store"));
        service = new ContractLibraryService(DocumentReader.of(new ContractReader()), auditor,
                new ContractRepository(db.dataSource()), new AuditRepository(db.dataSource()), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private record Step(ProgressListener.Stage stage, double fraction, String message) {
    }

    /** Imports the long PDF and cancels at the first update matching {@code when}; returns how long cancel took. */
    private long importCancellingAt(Predicate<Step> when, List<Step> seen, List<FileOutcome> outcomes) {
        CancellationToken token = new CancellationToken();
        AtomicLong cancelledAt = new AtomicLong();
        outcomes.addAll(service.importFiles(List.of(pdf), (i, f, stage, fraction, message) -> {
            Step step = new Step(stage, fraction, message);
            seen.add(step);
            if (cancelledAt.get() == 0 && when.test(step)) {
                cancelledAt.set(System.nanoTime());
                token.cancel();
            }
        }, token));
        return (System.nanoTime() - cancelledAt.get()) / 1_000_000;
    }

    @Test
    void cancelWhileReadingPagesStopsWithinASecondAndStoresNothing() throws Exception {
        List<Step> seen = Collections.synchronizedList(new ArrayList<>());
        List<FileOutcome> outcomes = new ArrayList<>();
        long millis = importCancellingAt(s -> s.message().startsWith("reading page") && !s.message().startsWith("reading page 1 of"), seen, outcomes);

        assertThat(outcomes).extracting(FileOutcome::kind).containsExactly(FileOutcome.Kind.CANCELLED);
        assertThat(outcomes.get(0).message()).contains("nothing was stored");
        assertThat(millis).isLessThan(1000);
        assertThat(seen).extracting(Step::stage).doesNotContain(ProgressListener.Stage.AUDITING,
                ProgressListener.Stage.SAVING, ProgressListener.Stage.DONE);
        assertThat(seen.get(seen.size() - 1).stage()).isEqualTo(ProgressListener.Stage.CANCELLED);
        assertThat(service.contracts()).isEmpty();
    }

    @Test
    void cancelWhileJudgingClausesStopsWithinASecondAndStoresNothing() throws Exception {
        List<Step> seen = Collections.synchronizedList(new ArrayList<>());
        List<FileOutcome> outcomes = new ArrayList<>();
        // progress is passed on at most every 100 ms, so which clause counts are shown depends on the machine
        long millis = importCancellingAt(s -> s.message().startsWith("judging clauses"), seen, outcomes);

        assertThat(outcomes).extracting(FileOutcome::kind).containsExactly(FileOutcome.Kind.CANCELLED);
        assertThat(millis).isLessThan(1000);
        assertThat(seen).extracting(Step::stage).doesNotContain(ProgressListener.Stage.SAVING,
                ProgressListener.Stage.DONE);
        assertThat(service.contracts()).isEmpty();
    }

    @Test
    void cancelWhileFindingSectionsStopsBeforeTheAudit() throws Exception {
        List<Step> seen = Collections.synchronizedList(new ArrayList<>());
        List<FileOutcome> outcomes = new ArrayList<>();
        long millis = importCancellingAt(s -> s.message().equals("finding sections and sentences"), seen, outcomes);

        assertThat(outcomes).extracting(FileOutcome::kind).containsExactly(FileOutcome.Kind.CANCELLED);
        assertThat(millis).isLessThan(1000);
        assertThat(seen).extracting(Step::stage).doesNotContain(ProgressListener.Stage.AUDITING);
        assertThat(service.contracts()).isEmpty();
    }

    @Test
    void progressCountsPagesReadAndClausesJudgedAndOnlyMovesForward() throws Exception {
        List<Step> seen = Collections.synchronizedList(new ArrayList<>());
        List<FileOutcome> outcomes = service.importFiles(List.of(pdf), (i, f, stage, fraction, message) ->
                seen.add(new Step(stage, fraction, message)), CancellationToken.none());

        assertThat(outcomes).extracting(FileOutcome::kind).containsExactly(FileOutcome.Kind.IMPORTED);
        List<String> messages = seen.stream().map(Step::message).toList();
        assertThat(messages).contains("reading page 1 of 240", "reading page 240 of 240",
                "finding sections and sentences", "saving the audit");
        int clauses = auditor.clauses().size();
        assertThat(messages).contains("judging clauses (" + clauses + " of " + clauses + " done)");
        assertThat(messages).anyMatch(m -> m.matches("reading sentences \\([\\d,]+ of [\\d,]+\\)"));
        assertThat(messages.get(messages.size() - 1)).startsWith("imported: score ");
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).fraction()).as("after " + seen.get(i - 1)).isGreaterThanOrEqualTo(seen.get(i - 1).fraction());
        }
        assertThat(service.contracts()).hasSize(1);
    }
}

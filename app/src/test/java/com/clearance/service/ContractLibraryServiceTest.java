package com.clearance.service;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.Status;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.DecisionRepository;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class ContractLibraryServiceTest {

    @Parameter
    TestDatabases.Backend backend;

    @TempDir
    Path dir;
    private Database db;
    private FakeAuditor engine;
    private ContractLibraryService service;

    @BeforeEach
    void open() throws Exception {
        db = com.clearance.persistence.TestDatabases.open(backend, dir);
        engine = new FakeAuditor();
        service = new ContractLibraryService(FakeAuditor::read, engine, new ContractRepository(db.dataSource()),
                new AuditRepository(db.dataSource()), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFailingFileIsReportedPlainlyAndTheOthersAreImported() throws Exception {
        Path good = file("acme-terms.txt", "training-use:weak\ndata-residency:protective\n");
        Path bad = file("broken.bad", "x");
        Path other = file("globex_terms.txt", "training-use:adverse\n");
        List<String> stages = new ArrayList<>();

        List<FileOutcome> outcomes = service.importFiles(List.of(good, bad, other),
                (i, f, stage, fraction, msg) -> stages.add(i + ":" + stage), CancellationToken.none());

        assertThat(outcomes).extracting(FileOutcome::kind).containsExactly(FileOutcome.Kind.IMPORTED,
                FileOutcome.Kind.FAILED, FileOutcome.Kind.IMPORTED);
        assertThat(outcomes.get(1).message()).startsWith("broken.bad: the file is damaged");
        assertThat(stages).contains("0:DONE", "1:FAILED", "2:DONE");
        List<ContractOverview> list = service.contracts();
        assertThat(list).extracting(o -> o.contract().vendor()).containsExactlyInAnyOrder("Acme", "Globex");
        ContractOverview acme = list.stream().filter(o -> o.contract().vendor().equals("Acme")).findFirst().orElseThrow();
        assertThat(acme.latestAudit().count(Status.WEAK)).isEqualTo(1);
        assertThat(acme.latestAudit().count(Status.MISSING)).isEqualTo(1);
        assertThat(service.documentText(acme.contract().id())).contains("training-use:weak");
    }

    @Test
    void cancellingStopsTheFilesNotYetStarted() throws Exception {
        Path a = file("a.txt", "training-use:weak\n");
        Path b = file("b.txt", "training-use:weak\n");
        CancellationToken token = new CancellationToken();
        List<FileOutcome> outcomes = service.importFiles(List.of(a, b), (i, f, stage, fraction, msg) -> {
            if (stage == ProgressListener.Stage.DONE) {
                token.cancel();
            }
        }, token);
        assertThat(outcomes).extracting(FileOutcome::kind).containsExactly(FileOutcome.Kind.IMPORTED,
                FileOutcome.Kind.CANCELLED);
        assertThat(service.contracts()).hasSize(1);
    }

    @Test
    void aChangedLibraryReauditsEveryContractAndKeepsTheEarlierAudits() throws Exception {
        service.importFiles(List.of(file("a.txt", "training-use:weak\n"), file("b.txt", "training-use:protective\n")),
                ProgressListener.NONE, CancellationToken.none());
        assertThat(service.staleContracts()).isEmpty();

        engine.version = "v2";
        assertThat(service.staleContracts()).hasSize(2);
        assertThat(service.reauditStale(ProgressListener.NONE, CancellationToken.none())).isEqualTo(2);

        assertThat(service.staleContracts()).isEmpty();
        long id = service.contracts().get(0).contract().id();
        assertThat(service.auditHistory(id)).extracting(s -> s.libraryVersion()).containsExactly("v2", "v1");
    }

    @Test
    void compareShowsDifferencesAndWhichWayEachClauseMoved() throws Exception {
        List<FileOutcome> out = service.importFiles(List.of(
                file("acme-2024.txt", "training-use:weak\nmodel-substitution:protective\ndata-residency:protective\n"),
                file("acme-2025.txt", "training-use:protective\nmodel-substitution:adverse\ndata-residency:protective\n")),
                ProgressListener.NONE, CancellationToken.none());
        CompareService compare = new CompareService(service, engine);

        PortfolioMatrix m = compare.matrix(List.of(out.get(0).contractId(), out.get(1).contractId()));
        assertThat(m.rows()).extracting(PortfolioMatrix.Row::clauseId).containsExactly(FakeAuditor.CLAUSES.toArray(String[]::new));
        assertThat(m.rows()).extracting(PortfolioMatrix.Row::differs).containsExactly(true, true, false);

        List<ClauseMovement> moves = compare.movements(out.get(0).contractId(), out.get(1).contractId());
        assertThat(moves).extracting(ClauseMovement::clauseId, ClauseMovement::direction).containsExactly(
                org.assertj.core.groups.Tuple.tuple("training-use", ClauseMovement.Direction.BETTER),
                org.assertj.core.groups.Tuple.tuple("model-substitution", ClauseMovement.Direction.WORSE),
                org.assertj.core.groups.Tuple.tuple("data-residency", ClauseMovement.Direction.UNCHANGED));
    }

    @Test
    void decisionsNeedAReviewerAndAreKeptPerFinding() throws Exception {
        long id = service.importFiles(List.of(file("a.txt", "training-use:weak\n")), ProgressListener.NONE,
                CancellationToken.none()).get(0).contractId();
        DecisionService decisions = new DecisionService(new DecisionRepository(db.dataSource()), Clock.systemUTC());
        assertThatThrownBy(() -> decisions.record(id, "training-use", DecisionKind.ACCEPT, "", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Enter your name");
        decisions.record(id, "training-use", DecisionKind.NEGOTIATE, "  ask for opt-in  ", "Dana");
        assertThat(decisions.current(id).get("training-use").note()).isEqualTo("ask for opt-in");
        assertThat(decisions.undoLast("Dana")).isPresent();
        assertThat(decisions.current(id)).isEmpty();
        assertThat(decisions.history(id, "training-use")).hasSize(2);
    }
}

package com.clearance.persistence;

import com.clearance.domain.AuditResult;
import com.clearance.domain.DecisionKind;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class RepositoriesTest {

    @Parameter
    TestDatabases.Backend backend;

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static AuditResult result(int score, Status training) {
        return new AuditResult("acme.pdf", "abc", 3, score, "how", "lib-1", List.of(
                new Finding("training-use", training, List.of(new Evidence("We never train.", 2, "4.1", 10, 25, training)),
                        "prohibition", null, null),
                new Finding("data-residency", Status.MISSING, List.of(), "silent", "Keep data in the EU.", "regions")));
    }

    @Test
    void contractsAndAuditsSurviveReopeningTheFileAndReauditsKeepHistory(@TempDir Path dir) throws Exception {
        long contractId;
        TestDatabases.Target target = TestDatabases.create(backend, dir);
        try (Database db = target.open()) {
            ContractRepository contracts = new ContractRepository(db.dataSource());
            AuditRepository audits = new AuditRepository(db.dataSource());
            ContractRecord c = contracts.insert("Acme", "acme.pdf", "/tmp/acme.pdf", "abc", DocumentFormat.PDF, 3,
                    "Body text here", "{}", T0);
            contractId = c.id();
            audits.save(c.id(), result(40, Status.WEAK), T0);
            audits.save(c.id(), result(70, Status.PROTECTIVE), T0.plusSeconds(60));
        }
        try (Database db = target.open()) {
            ContractRepository contracts = new ContractRepository(db.dataSource());
            AuditRepository audits = new AuditRepository(db.dataSource());
            assertThat(contracts.findAll()).extracting(ContractRecord::vendor).containsExactly("Acme");
            assertThat(contracts.body(contractId)).isEqualTo("Body text here");
            StoredAudit latest = audits.latest(contractId).orElseThrow();
            assertThat(latest.result().score()).isEqualTo(70);
            Finding training = latest.result().finding("training-use");
            assertThat(training.status()).isEqualTo(Status.PROTECTIVE);
            assertThat(training.evidence()).singleElement().satisfies(e -> {
                assertThat(e.page()).isEqualTo(2);
                assertThat(e.section()).isEqualTo("4.1");
                assertThat(e.start()).isEqualTo(10);
            });
            assertThat(latest.result().finding("data-residency").recommendation()).isEqualTo("Keep data in the EU.");
            List<AuditSummary> history = audits.history(contractId);
            assertThat(history).extracting(AuditSummary::score).containsExactly(70, 40);
            assertThat(history.get(1).count(Status.WEAK)).isEqualTo(1);
            assertThat(history.get(1).count(Status.MISSING)).isEqualTo(1);
            assertThat(audits.latestByContract().get(contractId).score()).isEqualTo(70);
        }
    }

    @Test
    void decisionsKeepAnAppendOnlyTrailAndUndoRestoresThePreviousState(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            long id = new ContractRepository(db).insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF,
                    1, "b", "{}", T0).id();
            DecisionRepository repo = new DecisionRepository(db);
            DecisionEvent first = repo.record(id, "training-use", DecisionKind.NEGOTIATE, "push back", "Dana", T0);
            DecisionEvent second = repo.record(id, "training-use", DecisionKind.ACCEPT, "fine after call", "Lee",
                    T0.plusSeconds(5), 1);
            DecisionEvent waive = repo.record(id, "data-residency", DecisionKind.WAIVE, null, "Dana", T0.plusSeconds(9));

            assertThat(repo.current(id, "training-use").orElseThrow().decision()).isEqualTo(DecisionKind.ACCEPT);
            assertThat(repo.current(id, "training-use").orElseThrow().version()).isEqualTo(2);
            assertThat(second.version()).isEqualTo(2);

            DecisionEvent undone = repo.undo(waive.id(), "Dana", T0.plusSeconds(20));
            assertThat(undone.clauseId()).isEqualTo("data-residency");
            assertThat(repo.current(id, "data-residency")).isEmpty();
            assertThat(repo.versions(id)).containsEntry("data-residency", 2).containsEntry("training-use", 2);

            repo.undo(second.id(), "Lee", T0.plusSeconds(21));
            DecisionRecord restored = repo.current(id, "training-use").orElseThrow();
            assertThat(restored.decision()).isEqualTo(DecisionKind.NEGOTIATE);
            assertThat(restored.note()).isEqualTo("push back");
            assertThat(restored.reviewer()).isEqualTo("Dana");

            assertThat(repo.history(id, null)).extracting(DecisionEvent::action).containsExactly(
                    DecisionEvent.Action.RECORD, DecisionEvent.Action.RECORD, DecisionEvent.Action.RECORD,
                    DecisionEvent.Action.UNDO, DecisionEvent.Action.UNDO);
            assertThat(repo.history(id, "training-use")).hasSize(3);
            // the first decision is no longer the finding's current state (the undo came after it): not undoable
            assertThatThrownBy(() -> repo.undo(first.id(), "Dana", T0.plusSeconds(22)))
                    .isInstanceOf(StaleWriteException.class).hasMessageContaining("Lee changed this finding at");
        }
    }

    @Test
    void aSaveOverAnOlderVersionIsRefusedWithWhoChangedItAndNothingIsWritten(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            long id = new ContractRepository(db).insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF,
                    1, "b", "{}", T0).id();
            DecisionRepository repo = new DecisionRepository(db);
            repo.record(id, "training-use", DecisionKind.NEGOTIATE, "ask for opt-in", "Dana", T0, 0);

            assertThatThrownBy(() -> repo.record(id, "training-use", DecisionKind.ACCEPT, "fine", "Lee",
                    T0.plusSeconds(60), 0)).isInstanceOfSatisfying(StaleWriteException.class, e -> {
                        assertThat(e.changedBy()).isEqualTo("Dana");
                        assertThat(e.getMessage()).matches("Dana changed this finding at \\d\\d:\\d\\d: reload to see it");
                    });
            assertThat(repo.current(id, "training-use").orElseThrow().note()).isEqualTo("ask for opt-in");
            assertThat(repo.history(id, "training-use")).hasSize(1);
            assertThat(db.changes().after(0)).extracting(Change::line)
                    .contains("Dana recorded a decision on Acme · training-use");
        }
    }

    @Test
    void aDeletedContractLeavesTheListsButKeepsItsTrailAndARenameIsRecorded(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            ContractRepository contracts = new ContractRepository(db);
            ContractRecord old = contracts.insert("Acme", "acme-2024.pdf", "/a.pdf", "s1", DocumentFormat.PDF, 1, "b", "{}", T0);
            ContractRecord newer = contracts.insert("Acme", "acme-2025.pdf", "/b.pdf", "s2", DocumentFormat.PDF, 1, "b", "{}",
                    T0.plusSeconds(5));
            assertThat(newer.supersedesId()).isEqualTo(old.id());

            contracts.rename(old.id(), "Acme Corp", "Lee", T0.plusSeconds(10));
            contracts.delete(old.id(), "Lee", T0.plusSeconds(20));

            assertThat(contracts.findAll()).extracting(ContractRecord::id).containsExactly(newer.id());
            assertThat(contracts.find(old.id()).orElseThrow().deleted()).isTrue();
            assertThat(contracts.find(old.id()).orElseThrow().vendor()).isEqualTo("Acme Corp");
            assertThat(contracts.events(old.id())).extracting(ContractEvent::action, ContractEvent::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RENAME", "Lee"),
                            org.assertj.core.groups.Tuple.tuple("DELETE", "Lee"));
            assertThat(contracts.findBySha256("s1")).isEmpty();
            assertThatThrownBy(() -> contracts.rename(old.id(), "Again", "Lee", T0)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("was deleted");
            assertThatThrownBy(() -> new DecisionRepository(db).record(old.id(), "training-use", DecisionKind.ACCEPT,
                    null, "Lee", T0)).isInstanceOf(StoreException.class).hasMessageContaining("was deleted");
        }
    }
}

package com.clearance.persistence;

import com.clearance.domain.AuditResult;
import com.clearance.domain.DecisionKind;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RepositoriesTest {

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
        try (Database db = Database.open(dir.resolve("store"))) {
            ContractRepository contracts = new ContractRepository(db.dataSource());
            AuditRepository audits = new AuditRepository(db.dataSource());
            ContractRecord c = contracts.insert("Acme", "acme.pdf", "/tmp/acme.pdf", "abc", DocumentFormat.PDF, 3,
                    "Body text here", "{}", T0);
            contractId = c.id();
            audits.save(c.id(), result(40, Status.WEAK), T0);
            audits.save(c.id(), result(70, Status.PROTECTIVE), T0.plusSeconds(60));
        }
        try (Database db = Database.open(dir.resolve("store"))) {
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
        try (Database db = Database.open(dir.resolve("store"))) {
            long id = new ContractRepository(db.dataSource()).insert("Acme", "a.pdf", "/a.pdf", "s", DocumentFormat.PDF,
                    1, "b", "{}", T0).id();
            DecisionRepository repo = new DecisionRepository(db.dataSource());
            repo.record(id, "training-use", DecisionKind.NEGOTIATE, "push back", "Dana", T0);
            repo.record(id, "training-use", DecisionKind.ACCEPT, "fine after call", "Lee", T0.plusSeconds(5));
            repo.record(id, "data-residency", DecisionKind.WAIVE, null, "Dana", T0.plusSeconds(9));

            assertThat(repo.current(id, "training-use").orElseThrow().decision()).isEqualTo(DecisionKind.ACCEPT);

            DecisionEvent undone = repo.undoLast("Dana", T0.plusSeconds(20)).orElseThrow();
            assertThat(undone.clauseId()).isEqualTo("data-residency");
            assertThat(repo.current(id, "data-residency")).isEmpty();

            repo.undoLast("Dana", T0.plusSeconds(21));
            DecisionRecord restored = repo.current(id, "training-use").orElseThrow();
            assertThat(restored.decision()).isEqualTo(DecisionKind.NEGOTIATE);
            assertThat(restored.note()).isEqualTo("push back");
            assertThat(restored.reviewer()).isEqualTo("Dana");

            assertThat(repo.history(id, null)).extracting(DecisionEvent::action).containsExactly(
                    DecisionEvent.Action.RECORD, DecisionEvent.Action.RECORD, DecisionEvent.Action.RECORD,
                    DecisionEvent.Action.UNDO, DecisionEvent.Action.UNDO);
            assertThat(repo.history(id, "training-use")).hasSize(3);

            repo.undoLast("Dana", T0.plusSeconds(22));
            assertThat(repo.current(id, "training-use")).isEmpty();
            assertThat(repo.undoLast("Dana", T0.plusSeconds(23))).isEmpty();
        }
    }
}

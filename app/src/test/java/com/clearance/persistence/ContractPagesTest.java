package com.clearance.persistence;

import com.clearance.domain.AuditResult;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contracts list read a page at a time gives the same rows, in the same order, as reading it all at once. */
@ParameterizedClass(name = "{0}")
@MethodSource("com.clearance.persistence.TestDatabases#backends")
class ContractPagesTest {

    @Parameter
    TestDatabases.Backend backend;

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsEvenWhenContractsShareAnImportTime(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            ContractRepository contracts = new ContractRepository(db);
            for (int i = 0; i < 8; i++) {
                // pairs imported in the same instant: a page boundary inside a pair must not lose or repeat one
                contracts.insert("Vendor " + i, "v" + i + ".pdf", "/v" + i + ".pdf", "sha" + i, DocumentFormat.PDF, 1,
                        "body", "{}", T0.plusSeconds(i / 2));
            }
            long deleted = contracts.findAll().get(2).id();
            contracts.delete(deleted, "Dana", T0.plusSeconds(60));

            List<ContractRecord> paged = new ArrayList<>();
            ContractRecord after = null;
            List<ContractRecord> page;
            do {
                page = contracts.findPage(after, 3);
                paged.addAll(page);
                after = page.isEmpty() ? after : page.get(page.size() - 1);
            } while (page.size() == 3);

            assertThat(paged).extracting(ContractRecord::id)
                    .containsExactlyElementsOf(contracts.findAll().stream().map(ContractRecord::id).toList())
                    .hasSize(7).doesNotContain(deleted);
        }
    }

    @Test
    void latestAuditsAreReadForTheAskedContractsOnly(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.open(backend, dir)) {
            ContractRepository contracts = new ContractRepository(db);
            AuditRepository audits = new AuditRepository(db);
            long a = contracts.insert("A", "a.pdf", "/a.pdf", "sa", DocumentFormat.PDF, 1, "b", "{}", T0).id();
            long b = contracts.insert("B", "b.pdf", "/b.pdf", "sb", DocumentFormat.PDF, 1, "b", "{}", T0).id();
            audits.save(a, result(40), T0);
            audits.save(a, result(70), T0.plusSeconds(5));
            audits.save(b, result(10), T0);

            assertThat(audits.latestFor(List.of(a))).containsOnlyKeys(a);
            assertThat(audits.latestFor(List.of(a)).get(a).score()).isEqualTo(70);
            assertThat(audits.latestFor(List.of(a)).get(a).count(Status.WEAK)).isEqualTo(1);
            assertThat(audits.latestFor(List.of())).isEmpty();
        }
    }

    private static AuditResult result(int score) {
        return new AuditResult("a.pdf", "abc", 1, score, "how", "lib-1", List.of(
                new Finding("training-use", Status.WEAK, List.of(), "silent", null, null)));
    }
}

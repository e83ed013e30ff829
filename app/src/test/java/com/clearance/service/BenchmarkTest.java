package com.clearance.service;

import com.clearance.ingest.ContractReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkTest {

    @Test
    void timesImportAndEveryAddedPhaseSeparately(@TempDir Path dir) throws Exception {
        SyntheticContractPdf generator = new SyntheticContractPdf();
        Path a = generator.write(dir.resolve("a.pdf"), 3);
        Path b = generator.write(dir.resolve("b.pdf"), 5);
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 cut here");
        AtomicInteger scored = new AtomicInteger();
        Benchmark benchmark = new Benchmark(new ContractReader()).withPhase("scoring", doc -> scored.incrementAndGet());

        Benchmark.SuiteResult result = benchmark.run("two contracts", List.of(a, b, broken));

        assertThat(benchmark.phaseNames()).containsExactly("import", "scoring");
        assertThat(result.phases()).extracting(Benchmark.PhaseResult::phase).containsExactly("import", "scoring");
        Benchmark.PhaseResult imported = result.phases().get(0);
        assertThat(imported.documents()).isEqualTo(2);
        assertThat(imported.pages()).isEqualTo(8);
        assertThat(imported.failures()).isEqualTo(1);
        assertThat(imported.pagesPerSecond()).isPositive();
        assertThat(imported.peakHeapBytes()).isPositive();
        assertThat(result.failed()).singleElement().asString().startsWith("broken.pdf: ");
        assertThat(scored).hasValue(2);
    }
}

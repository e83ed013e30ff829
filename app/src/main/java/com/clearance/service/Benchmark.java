package com.clearance.service;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the document pipeline phase by phase over a set of files: first "import" (file to document model), then
 * each later phase over the imported documents. Every phase gets its own wall time, page count and peak heap.
 * Other features add their phase with {@link #withPhase} (e.g. the scoring engine: {@code withPhase("scoring",
 * doc -> engine.score(doc))}); phases must not print.
 */
public final class Benchmark {

    /** A phase that works on already imported documents. */
    @FunctionalInterface
    public interface DocumentStep {
        void apply(ContractDocument document) throws Exception;
    }

    /** A named step timed on its own. */
    public record Phase(String name, DocumentStep step) {
    }

    /** What one phase did over one suite of files. */
    public record PhaseResult(String phase, int documents, int pages, int failures, long nanos,
                              long peakHeapBytes, long poolPeakSumBytes) {

        public double seconds() {
            return nanos / 1e9;
        }

        public double pagesPerSecond() {
            return nanos == 0 ? 0 : pages / seconds();
        }
    }

    /** One run of every phase over one suite; {@code failed} names the files that could not be imported. */
    public record SuiteResult(String suite, List<PhaseResult> phases, List<String> failed) {
        public SuiteResult {
            phases = List.copyOf(phases);
            failed = List.copyOf(failed);
        }
    }

    private final ContractReader reader;
    private final List<Phase> laterPhases;

    public Benchmark(ContractReader reader) {
        this(reader, List.of());
    }

    private Benchmark(ContractReader reader, List<Phase> laterPhases) {
        this.reader = reader;
        this.laterPhases = List.copyOf(laterPhases);
    }

    /** A benchmark that also times {@code step} over every imported document, after the phases already here. */
    public Benchmark withPhase(String name, DocumentStep step) {
        List<Phase> phases = new ArrayList<>(laterPhases);
        phases.add(new Phase(name, step));
        return new Benchmark(reader, phases);
    }

    public List<String> phaseNames() {
        List<String> names = new ArrayList<>(List.of("import"));
        laterPhases.forEach(p -> names.add(p.name()));
        return names;
    }

    public SuiteResult run(String suite, List<Path> files) {
        List<ContractDocument> documents = new ArrayList<>(files.size());
        List<String> failed = new ArrayList<>();
        List<PhaseResult> results = new ArrayList<>();
        int pages = 0;
        long start;
        try (HeapPeakMeter heap = HeapPeakMeter.start()) {
            start = System.nanoTime();
            for (Path file : files) {
                try {
                    ContractDocument doc = reader.read(file);
                    pages += doc.pageCount();
                    documents.add(doc);
                } catch (ImportException e) {
                    failed.add(e.getMessage());
                }
            }
            results.add(new PhaseResult("import", documents.size(), pages, failed.size(), System.nanoTime() - start,
                    heap.sampledPeakBytes(), heap.poolPeakSumBytes()));
        }
        for (Phase phase : laterPhases) {
            results.add(runPhase(phase, documents, pages));
        }
        return new SuiteResult(suite, results, failed);
    }

    private static PhaseResult runPhase(Phase phase, List<ContractDocument> documents, int pages) {
        int failures = 0;
        try (HeapPeakMeter heap = HeapPeakMeter.start()) {
            long start = System.nanoTime();
            for (ContractDocument doc : documents) {
                try {
                    phase.step().apply(doc);
                } catch (Exception e) {
                    failures++;
                }
            }
            return new PhaseResult(phase.name(), documents.size(), pages, failures, System.nanoTime() - start,
                    heap.sampledPeakBytes(), heap.poolPeakSumBytes());
        }
    }
}

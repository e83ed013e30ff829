package com.clearance.cli;

import com.clearance.service.Benchmark;

import java.io.PrintWriter;
import java.util.List;

/** Prints benchmark results as an aligned table, one line per suite, run and phase. */
final class BenchReport {

    private static final String ROW = "%-48s %4s %-9s %5s %6s %9s %9s %10s %11s%n";
    private static final double MB = 1024.0 * 1024.0;

    private final PrintWriter out;
    private final List<String> phases;

    BenchReport(PrintWriter out, List<String> phases) {
        this.out = out;
        this.phases = phases;
    }

    void header(long maxHeap) {
        out.printf("Clearance bench: phases %s; max heap %.0f MB; %d processors%n", String.join(", ", phases),
                maxHeap / MB, Runtime.getRuntime().availableProcessors());
        out.printf(ROW, "suite", "run", "phase", "docs", "pages", "time s", "pages/s", "peak heap", "pool peaks");
    }

    void note(String line) {
        out.println("  " + line);
        out.flush();
    }

    void print(Benchmark.SuiteResult result, int run) {
        for (Benchmark.PhaseResult p : result.phases()) {
            out.printf(ROW, shorten(result.suite()), run, p.phase(), p.documents(), p.pages(),
                    String.format("%.2f", p.seconds()), String.format("%.1f", p.pagesPerSecond()),
                    String.format("%.0f MB", p.peakHeapBytes() / MB), String.format("%.0f MB", p.poolPeakSumBytes() / MB));
        }
        for (String failure : result.failed()) {
            out.println("  not imported: " + failure);
        }
        out.flush();
    }

    private static String shorten(String suite) {
        return suite.length() <= 48 ? suite : "..." + suite.substring(suite.length() - 45);
    }
}

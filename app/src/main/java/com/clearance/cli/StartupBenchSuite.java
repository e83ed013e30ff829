package com.clearance.cli;

import com.clearance.service.StartupBenchData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * `clearance bench --startup`: the window's start, timed on a fresh data folder (a new one each run: the first
 * start creates and migrates the database) and on one holding {@code contracts} audited contracts. Prints each run
 * and the median.
 */
final class StartupBenchSuite {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBenchSuite.class);

    private final StartupBench bench;
    private final int runs;
    private final int contracts;

    StartupBenchSuite(StartupBench bench, int runs, int contracts) {
        this.bench = bench;
        this.runs = runs;
        this.contracts = contracts;
    }

    int run(PrintWriter out, PrintWriter err) {
        String why = StartupBench.whyNot();
        if (why != null) {
            err.println(why);
            return 2;
        }
        Path root = null;
        try {
            root = Files.createTempDirectory("clearance-startup");
            out.println("Start-up of the window, ms from launch (" + runs + " runs each; median):");
            List<StartupBench.Run> fresh = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                fresh.add(bench.run(Files.createDirectory(root.resolve("fresh-" + i))));
            }
            print(out, "fresh data folder", fresh);
            if (contracts > 0) {
                Path full = Files.createDirectory(root.resolve("full"));
                long start = System.nanoTime();
                StartupBenchData.seed(full, full.resolve("clearance"), contracts);
                out.printf("  (stored %,d audited contracts in %.1f s)%n", contracts, (System.nanoTime() - start) / 1e9);
                List<StartupBench.Run> busy = new ArrayList<>();
                for (int i = 1; i <= runs; i++) {
                    busy.add(bench.run(full));
                }
                print(out, String.format("%,d contracts", contracts), busy);
            }
            out.flush();
            return 0;
        } catch (Exception e) {
            LOG.error("startup benchmark failed", e);
            err.println("The start-up benchmark failed: " + e.getMessage());
            return 3;
        } finally {
            delete(root);
        }
    }

    private static void print(PrintWriter out, String what, List<StartupBench.Run> runs) {
        StringBuilder each = new StringBuilder();
        for (StartupBench.Run r : runs) {
            each.append(each.length() == 0 ? "" : ", ").append(r.firstFrameMs()).append('/').append(r.contractsListMs())
                    .append('/').append(r.wholeListMs());
        }
        StartupBench.Run last = runs.get(runs.size() - 1);
        out.printf("  %-20s first frame %5d   contracts list usable %5d   whole list read %5d"
                        + "   (%d rows on the first page, %d contracts listed; each run %s)%n", what,
                median(runs.stream().map(StartupBench.Run::firstFrameMs).toList()),
                median(runs.stream().map(StartupBench.Run::contractsListMs).toList()),
                median(runs.stream().map(StartupBench.Run::wholeListMs).toList()),
                last.firstPage(), last.contracts(), each);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}", root, e);
        }
    }
}

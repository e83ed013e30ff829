package com.clearance.cli;

import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportException;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads several files at once (one per processor) and hands the outcomes back strictly in input order, keeping at
 * most a few finished documents waiting. Importing is CPU-bound and files are independent, so a batch finishes in
 * about 1/N of the time; what is printed is the same as reading one by one.
 */
final class InOrderReads {

    /** Reads one file (a {@link ContractReader} with its options and progress). */
    @FunctionalInterface
    interface FileReader {
        com.clearance.domain.ContractDocument read(Path file) throws com.clearance.ingest.ImportException;
    }


    /** A read file: either its document, or the typed failure, or an unexpected error. */
    record Outcome(Path file, ContractDocument document, ImportException failure, RuntimeException error) {
    }

    private InOrderReads() {
    }

    static void forEach(List<Path> files, FileReader reader, Consumer<Outcome> inOrder) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            files.forEach(f -> inOrder.accept(read(reader, f)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> pending = new ArrayDeque<>();
            int window = threads * 2;
            for (Path file : files) {
                if (pending.size() >= window) {
                    inOrder.accept(await(pending.removeFirst()));
                }
                pending.addLast(pool.submit(() -> read(reader, file)));
            }
            while (!pending.isEmpty()) {
                inOrder.accept(await(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome read(FileReader reader, Path file) {
        try {
            return new Outcome(file, reader.read(file), null, null);
        } catch (ImportException e) {
            return new Outcome(file, null, e, null);
        } catch (RuntimeException e) {
            return new Outcome(file, null, null, e);
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("import failed", e.getCause());
        }
    }
}

package com.clearance.service;

import com.clearance.domain.WorkCancelledException;
import com.clearance.domain.WorkProgress;
import com.clearance.ingest.ContractReader;
import com.clearance.ingest.ImportMonitor;
import com.clearance.scoring.AuditEngine;
import com.clearance.scoring.DocumentFeatures;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Turns the reader's and the engine's steps for one file into what the import list shows: a stage, a fraction that
 * moves with pages read and clauses judged, and a message that says where the work is ("reading page 812 of
 * 2,000", "recognising scanned pages (3 of 40 done)"). It is also where a cancel enters the work: every step checks the token and throws
 * {@link WorkCancelledException}. Updates are passed on at most every {@value #MIN_INTERVAL_MS} ms per stage, so a
 * two-thousand-page file does not flood the window with two thousand repaints.
 */
final class ImportProgress implements WorkProgress {

    static final long MIN_INTERVAL_MS = 100;

    private final int index;
    private final Path file;
    private final ProgressListener listener;
    private final CancellationToken cancel;
    private final LongSupplier clockMillis;
    private String lastStage;
    private long lastSent;

    ImportProgress(int index, Path file, ProgressListener listener, CancellationToken cancel, LongSupplier clockMillis) {
        this.index = index;
        this.file = file;
        this.listener = listener;
        this.cancel = cancel;
        this.clockMillis = clockMillis;
    }

    ImportProgress(int index, Path file, ProgressListener listener, CancellationToken cancel) {
        this(index, file, listener, cancel, System::currentTimeMillis);
    }

    @Override
    public void step(String stage, int done, int total) {
        if (cancel.isCancelled()) {
            throw new WorkCancelledException();
        }
        long now = clockMillis.getAsLong();
        boolean last = done >= total;
        if (stage.equals(lastStage) && !last && now - lastSent < MIN_INTERVAL_MS) {
            return;
        }
        lastStage = stage;
        lastSent = now;
        listener.onProgress(index, file, phase(stage), fraction(stage, done, total), message(stage, done, total));
    }

    /** Saving is the last step; once it starts the file is stored whole (one transaction) or not at all. */
    void saving() {
        if (cancel.isCancelled()) {
            throw new WorkCancelledException();
        }
        listener.onProgress(index, file, ProgressListener.Stage.SAVING, 0.97, "saving the audit");
    }

    static ProgressListener.Stage phase(String stage) {
        return stage.equals(DocumentFeatures.STAGE) || stage.equals(AuditEngine.JUDGING)
                ? ProgressListener.Stage.AUDITING : ProgressListener.Stage.READING;
    }

    /** Reading pages takes the first 45%, structuring to 50%, sentences to 60%, clauses to 95%. */
    static double fraction(String stage, int done, int total) {
        double part = total <= 0 ? 0 : Math.min(1, (double) done / total);
        return switch (stage) {
            case ContractReader.READING_PAGE, ImportMonitor.RECOGNISING_PAGE -> 0.02 + 0.43 * part;
            case ContractReader.STRUCTURING -> 0.45 + 0.05 * part;
            case DocumentFeatures.STAGE -> 0.50 + 0.10 * part;
            case AuditEngine.JUDGING -> 0.60 + 0.35 * part;
            default -> 0.02;
        };
    }

    static String message(String stage, int done, int total) {
        return switch (stage) {
            case ContractReader.READING_PAGE -> "reading page " + count(Math.min(done + 1, total)) + " of " + count(total);
            case ImportMonitor.RECOGNISING_PAGE -> "recognising scanned pages (" + count(done) + " of " + count(total)
                    + " done)";
            case ContractReader.STRUCTURING -> "finding sections and sentences";
            case DocumentFeatures.STAGE -> "reading sentences (" + count(done) + " of " + count(total) + ")";
            case AuditEngine.JUDGING -> total <= 1 ? "judging clauses"
                    : "judging clauses (" + done + " of " + total + " done)";
            default -> stage;
        };
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

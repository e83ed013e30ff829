package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ContractReader;
import com.clearance.persistence.StoreException;

import java.nio.file.Path;

/**
 * A data folder as a busy team's would look for `clearance bench --startup`: {@code count} audited contracts (the
 * sample contract's text and audit stored under as many vendor names), in the database file the window opens.
 */
public final class StartupBenchData {

    private StartupBenchData() {
    }

    public static void seed(Path dataFolder, Path dbFile, int count) throws Exception {
        Path sample = SampleContract.install(dataFolder);
        ContractDocument document = new ContractReader().read(sample);
        AuditResult result = new AuditService(AuditService.loadLibrary(null).library()).audit(document);
        try (AuditArchive archive = AuditArchive.open(dbFile)) {
            for (int i = 1; i <= count; i++) {
                archive.save(sample.resolveSibling(String.format("vendor-%04d-ai-terms.md", i)), document, result);
            }
        } catch (StoreException e) {
            throw new StoreException("Could not fill the benchmark database " + dbFile + ": " + e.getMessage(), e);
        }
    }
}

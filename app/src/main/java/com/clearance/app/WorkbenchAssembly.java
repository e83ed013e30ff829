package com.clearance.app;

import com.clearance.ingest.ContractReader;
import com.clearance.library.ChecklistLoader;
import com.clearance.ingest.DocxImporter;
import com.clearance.ingest.ImporterRegistry;
import com.clearance.ingest.PdfImporter;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.DecisionRepository;
import com.clearance.service.Collaboration;
import com.clearance.service.CompareService;
import com.clearance.service.ContractLibraryService;
import com.clearance.service.ContractReports;
import com.clearance.service.ReportService;
import com.clearance.service.DecisionService;
import com.clearance.service.LaunchReports;
import com.clearance.service.LaunchService;
import com.clearance.service.LibraryAuditor;
import com.clearance.service.StoredContractAudits;
import com.clearance.service.TemplateCatalog;
import com.clearance.service.Workbench;

import java.nio.file.Path;
import java.time.Clock;

/** Wires the services over one database file (constructors only, no logic). */
public final class WorkbenchAssembly {

    private WorkbenchAssembly() {
    }

    /**
     * Opens (creating and migrating if needed) the database at {@code dbFile} (no .mv.db suffix) and the clause library
     * at {@code libraryFolder} (null: the built-in one).
     */
    public static Workbench open(Path dataFolder, Path dbFile, Path libraryFolder) throws Exception {
        return open(dataFolder, dbFile.toString(), libraryFolder);
    }

    /** As above, over the database {@code dbTarget} names: a file path (H2) or a PostgreSQL URL (a team database). */
    public static Workbench open(Path dataFolder, String dbTarget, Path libraryFolder) throws Exception {
        com.clearance.persistence.UserOnlyFiles.createFolder(dataFolder);
        // the clause library loads on a second thread while the database opens (and migrates): both are start-up time
        java.util.concurrent.CompletableFuture<LibraryAuditor> library = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        return LibraryAuditor.load(libraryFolder);
                    } catch (Exception e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                });
        Database db = Database.open(dbTarget);
        try {
            LibraryAuditor auditor = loaded(library);
            Clock clock = Clock.systemUTC();
            // PDF and DOCX first (magic numbers), then the text formats; harmless if defaults() gains them later.
            ContractReader reader = new ContractReader(ImporterRegistry.defaults().withFirst(new DocxImporter())
                    .withFirst(new PdfImporter()));
            ContractLibraryService contracts = new ContractLibraryService(com.clearance.service.DocumentReader.of(reader),
                    auditor, new ContractRepository(db), new AuditRepository(db), clock);
            DecisionService decisions = new DecisionService(new DecisionRepository(db), clock);
            java.util.function.Supplier<ReportService> reportService =
                    () -> new ReportService(ReportService.templates(null), ReportService.catalog(auditor.library()));
            ContractReports reports = new ContractReports(contracts, decisions, reportService);
            // launches see the audits stored here, so linked contracts' findings put runbook items at risk
            LaunchService launches = new LaunchService(db, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                    new StoredContractAudits(new ContractRepository(db), new AuditRepository(db), auditor), clock);
            return new Workbench(contracts, decisions, new CompareService(contracts, auditor), auditor, reports,
                    launches, new LaunchReports(launches, reportService), dataFolder, new Collaboration(db), db);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    private static LibraryAuditor loaded(java.util.concurrent.CompletableFuture<LibraryAuditor> library)
            throws Exception {
        try {
            return library.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

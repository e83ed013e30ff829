package com.clearance.ui;

import com.clearance.library.ChecklistLoader;
import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.DecisionRepository;
import com.clearance.service.CompareService;
import com.clearance.service.ContractLibraryService;
import com.clearance.service.DecisionService;
import com.clearance.service.FakeAuditor;
import com.clearance.service.LaunchService;
import com.clearance.service.StoredContractAudits;
import com.clearance.service.TemplateCatalog;
import com.clearance.service.Workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A workbench over an H2 file in a temp folder with the test auditor, the shipped runbook template, and synchronous tasks: no toolkit needed. */
final class ViewModelFixture implements AutoCloseable {

    /** Launch changes are stamped at this instant, so trails are predictable. */
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-03-20T10:00:00Z"), java.time.ZoneOffset.UTC);

    final Path dir;
    final Workbench workbench;
    final BackgroundTasks tasks = new SynchronousTasks();
    final List<Throwable> errors = new ArrayList<>();

    ViewModelFixture(Path dir) throws Exception {
        this.dir = dir;
        Database db = Database.open(dir.resolve("store"));
        FakeAuditor auditor = new FakeAuditor();
        ContractLibraryService contracts = new ContractLibraryService(FakeAuditor::read, auditor,
                new ContractRepository(db), new AuditRepository(db), Clock.systemUTC());
        LaunchService launches = new LaunchService(db, new TemplateCatalog(ChecklistLoader.fromClasspath()),
                new StoredContractAudits(new ContractRepository(db), new AuditRepository(db)), CLOCK);
        workbench = new Workbench(contracts, new DecisionService(new DecisionRepository(db), Clock.systemUTC()),
                new CompareService(contracts, auditor), auditor, null, launches, null, dir,
                new com.clearance.service.Collaboration(db), db);
    }

    Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Override
    public void close() throws Exception {
        workbench.close();
    }
}

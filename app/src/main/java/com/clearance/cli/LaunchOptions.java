package com.clearance.cli;

import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.service.LaunchException;
import com.clearance.service.LaunchService;
import com.clearance.service.StoredContractAudits;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;

/** Options every launch command takes: where the database is and which templates to use. */
final class LaunchOptions {

    @Option(names = "--db", paramLabel = "PATH|URL", description = "Database file, or a team database as"
            + " postgresql://USER@HOST:PORT/DBNAME (default: clearance in the data folder).")
    String db;

    @Option(names = "--templates-dir", description = "A folder of runbook templates instead of the built-in ones.")
    Path templatesDir;

    /** Who the changes are recorded under (set from --by by the commands that have it). */
    String actor;

    /** Opens the database and runs {@code body} with a service; closes the database afterwards. */
    <T> T withService(ServiceCall<T> body) throws LaunchException {
        try (Database database = CliSupport.openDatabase(db)) {
            database.changes().actAs(actor);
            // Linked contracts are read from the same database, so their findings put runbook items at risk.
            StoredContractAudits audits = new StoredContractAudits(new ContractRepository(database),
                    new AuditRepository(database));
            return body.apply(new LaunchService(database, CliSupport.templates(templatesDir), audits,
                    Clock.systemDefaultZone()));
        }
    }

    interface ServiceCall<T> {
        T apply(LaunchService service) throws LaunchException;
    }
}

package com.clearance.cli;

import com.clearance.persistence.Database;
import com.clearance.service.ContractAudits;
import com.clearance.service.LaunchException;
import com.clearance.service.LaunchService;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;

/** Options every launch command takes: where the database is and which templates to use. */
final class LaunchOptions {

    @Option(names = "--db", description = "Database file (default: clearance in the data folder).")
    Path db;

    @Option(names = "--templates-dir", description = "A folder of runbook templates instead of the built-in ones.")
    Path templatesDir;

    /** Opens the database and runs {@code body} with a service; closes the database afterwards. */
    <T> T withService(ServiceCall<T> body) throws LaunchException {
        try (Database database = CliSupport.openDatabase(db)) {
            return body.apply(new LaunchService(database, CliSupport.templates(templatesDir), ContractAudits.NONE,
                    Clock.systemDefaultZone()));
        }
    }

    interface ServiceCall<T> {
        T apply(LaunchService service) throws LaunchException;
    }
}

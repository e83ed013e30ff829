package com.clearance.cli;

import com.clearance.persistence.AuditRepository;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.DecisionRepository;
import com.clearance.persistence.StoreException;
import com.clearance.service.ContractCatalog;
import com.clearance.service.DecisionService;
import picocli.CommandLine.Option;

import java.time.Clock;

/** {@code --db PATH|URL} for the contract and decision commands, and the services over it. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH|URL", description = "Database file, or a team database as"
            + " postgresql://USER@HOST:PORT/DBNAME (password from PGPASSWORD or ~/.pgpass). Default: clearance in the"
            + " data folder.")
    String db;

    interface Work {
        int run(Services services) throws StoreException;
    }

    /** The services one command works with, recording changes under {@code actor}. */
    record Services(Database database, ContractCatalog catalog, DecisionRepository decisionStore,
                    DecisionService decisions, AuditRepository audits) {
    }

    int with(String actor, Work work) throws StoreException {
        try (Database database = CliSupport.openDatabase(db)) {
            database.changes().actAs(actor);
            Clock clock = Clock.systemUTC();
            ContractRepository contracts = new ContractRepository(database);
            AuditRepository audits = new AuditRepository(database);
            DecisionRepository decisions = new DecisionRepository(database);
            return work.run(new Services(database, new ContractCatalog(contracts, audits, clock), decisions,
                    new DecisionService(decisions, clock), audits));
        }
    }
}

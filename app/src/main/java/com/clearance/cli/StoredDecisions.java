package com.clearance.cli;

import com.clearance.domain.Decision;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.ContractRepository;
import com.clearance.persistence.Database;
import com.clearance.persistence.DecisionRecord;
import com.clearance.persistence.DecisionRepository;
import com.clearance.persistence.StoreException;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The decisions recorded (in the window or by the CLI) for a contract stored in a database, found by its SHA-256. */
final class StoredDecisions {

    private StoredDecisions() {
    }

    /** The current decisions on the contract with this digest; none when it is not in the database. */
    static List<Decision> forContract(String db, String sha256) {
        try (Database database = CliSupport.openDatabase(db)) {
            Optional<ContractRecord> contract = new ContractRepository(database).findBySha256(sha256);
            if (contract.isEmpty()) {
                return List.of();
            }
            List<Decision> out = new ArrayList<>();
            for (DecisionRecord d : new DecisionRepository(database).forContract(contract.get().id())) {
                out.add(new Decision(d.clauseId(), d.decision(), d.note(), d.reviewer(),
                        d.decidedAt() == null ? null : d.decidedAt().atZone(ZoneOffset.UTC).toLocalDate()));
            }
            return out;
        } catch (StoreException e) {
            throw CliSupport.fail(CliSupport.UNREADABLE, e.getMessage(), e);
        }
    }
}

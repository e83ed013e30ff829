package com.clearance.persistence;

import com.clearance.domain.AuditResult;
import com.clearance.domain.DecisionKind;
import com.clearance.runbook.Completion;

import java.time.Instant;
import java.util.List;

/**
 * A child process for {@link TwoWritersTest}: writes the same finding, the same runbook item and new audits over
 * and over, each write made over the version it just read, and prints one line per committed or refused write
 * (printed after the commit: a printed write has been reported saved). {@code ROUNDS} of -1 runs until killed.
 */
public final class ConcurrentWriter {

    private ConcurrentWriter() {
    }

    public static void main(String[] args) throws Exception {
        String target = args[0];
        long contract = Long.parseLong(args[1]);
        String who = args[2];
        int rounds = Integer.parseInt(args[3]);
        try (Database db = Database.open(target)) {
            DecisionRepository decisions = new DecisionRepository(db);
            ItemStateRepository items = new ItemStateRepository(db);
            AuditRepository audits = new AuditRepository(db);
            AuditResult audit = new AuditResult("a.md", "s", 1, 50, "how", "lib", List.of());
            for (int i = 0; rounds < 0 || i < rounds; i++) {
                int version = decisions.versions(contract).getOrDefault("training-use", 0);
                try {
                    DecisionEvent e = decisions.record(contract, "training-use", i % 2 == 0 ? DecisionKind.ACCEPT
                            : DecisionKind.NEGOTIATE, who + " " + i, who, Instant.now(), version);
                    System.out.println("DECIDED " + e.id() + " " + e.version());
                } catch (StaleWriteException refused) {
                    System.out.println("REFUSED " + refused.getMessage());
                }
                int itemVersion = items.versions("inbox").getOrDefault("pre-pin-model", 0);
                try {
                    items.complete("inbox", "pre-pin-model", new Completion(who, Instant.now(), "round " + i, null, null),
                            null, itemVersion);
                    System.out.println("CHECKED " + (itemVersion + 1));
                } catch (StaleWriteException refused) {
                    System.out.println("REFUSED " + refused.getMessage());
                }
                System.out.println("AUDITED " + audits.save(contract, audit, Instant.now()));
                System.out.flush();
            }
        }
    }
}

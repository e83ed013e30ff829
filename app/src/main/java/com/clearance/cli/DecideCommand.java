package com.clearance.cli;

import com.clearance.domain.DecisionKind;
import com.clearance.domain.Finding;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.DecisionEvent;
import com.clearance.persistence.StoredAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code clearance decide CONTRACT CLAUSE --kind accept|negotiate|waive --note TEXT --by NAME [--db ...]}: records a
 * decision on a finding, as the window does, so decisions can be scripted. With {@code --if-version N} it is
 * refused (exit 4) when the finding is no longer at version N.
 */
@Command(name = "decide", description = "Records a decision (accept, negotiate or waive) on a stored contract's finding.")
public class DecideCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DatabaseOption db;
    @Parameters(index = "0", paramLabel = "CONTRACT", description = "Id, file name or vendor.") String contract;
    @Parameters(index = "1", paramLabel = "CLAUSE", description = "Clause id, e.g. training-use.") String clause;
    @Option(names = "--kind", required = true, paramLabel = "accept|negotiate|waive") String kind;
    @Option(names = "--note", paramLabel = "TEXT", description = "Why, and what to ask the vendor for.") String note;
    @Option(names = "--by", required = true, paramLabel = "NAME", description = "The reviewer.") String by;
    @Option(names = "--if-version", paramLabel = "N",
            description = "Only if the finding is still at version N (as 'contracts show' gives it); refused otherwise.")
    Integer ifVersion;

    @Override
    public Integer call() {
        DecisionKind decision;
        try {
            decision = DecisionKind.fromId(kind.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            return CliSupport.run(spec, () -> {
                throw CliSupport.fail(CliSupport.USAGE, "--kind '" + kind + "' is not accept, negotiate or waive", null);
            });
        }
        return ContractsCommand.serve(spec, db, by, s -> {
            ContractRecord c = s.catalog().find(contract);
            List<String> clauses = s.audits().latest(c.id()).map(StoredAudit::result)
                    .map(r -> r.findings().stream().map(Finding::clauseId).toList()).orElse(List.of());
            if (!clauses.contains(clause)) {
                throw CliSupport.fail(CliSupport.USAGE, c.documentName() + " has no finding '" + clause + "'; its"
                        + " clauses are " + String.join(", ", clauses), null);
            }
            DecisionEvent e;
            try {
                e = s.decisions().record(c.id(), clause, decision, note, by, ifVersion);
            } catch (IllegalArgumentException bad) {
                throw CliSupport.fail(CliSupport.USAGE, bad.getMessage(), null);
            }
            return CliSupport.confirm(spec, "Recorded %s on %s · %s by %s (version %d).", e.decision().id(), c.vendor(),
                    clause, e.reviewer(), e.version());
        });
    }
}

package com.clearance.cli;

import com.clearance.domain.Finding;
import com.clearance.domain.Status;
import com.clearance.persistence.AuditSummary;
import com.clearance.persistence.ContractEvent;
import com.clearance.persistence.ContractRecord;
import com.clearance.persistence.DecisionEvent;
import com.clearance.persistence.DecisionRecord;
import com.clearance.persistence.StoreException;
import com.clearance.persistence.StoredAudit;
import com.clearance.service.ContractOverview;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code clearance contracts list|show|rename|delete}: the stored portfolio, from the command line. */
@Command(name = "contracts", description = "Lists, shows, renames and deletes stored contracts.",
        subcommands = {ContractsCommand.ListContracts.class, ContractsCommand.Show.class, ContractsCommand.Rename.class,
                ContractsCommand.Delete.class})
public class ContractsCommand {

    enum Format { text, json }

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static int serve(CommandSpec spec, DatabaseOption db, String actor, DatabaseOption.Work work) {
        return CliSupport.run(spec, () -> {
            try {
                return db.with(CliSupport.actor(actor), work);
            } catch (com.clearance.persistence.StaleWriteException e) {
                throw CliSupport.fail(CliSupport.REFUSED, e.getMessage(), null);
            } catch (StoreException e) {
                throw CliSupport.fail(CliSupport.UNREADABLE, e.getMessage(), e.getCause());
            }
        });
    }

    @Command(name = "list", description = "Lists the contracts (deleted ones are left out), newest first.")
    static class ListContracts implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DatabaseOption db;
        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        Format format;

        @Override
        public Integer call() {
            return serve(spec, db, null, s -> {
                List<ContractOverview> all = s.catalog().list();
                PrintWriter out = CliSupport.out(spec);
                if (format == Format.json) {
                    ArrayNode list = JSON.createArrayNode();
                    all.forEach(o -> list.add(json(o.contract(), o.latestAudit())));
                    out.println(list);
                } else if (all.isEmpty()) {
                    out.println("No contracts stored yet: clearance audit --db ... FILE stores one.");
                } else {
                    out.printf("%-5s %-24s %-40s %5s  %s%n", "ID", "VENDOR", "DOCUMENT", "SCORE", "ADVERSE/WEAK/MISSING");
                    for (ContractOverview o : all) {
                        AuditSummary a = o.latestAudit();
                        out.printf("%-5d %-24s %-40s %5s  %s%n", o.contract().id(), clip(o.contract().vendor(), 24),
                                clip(o.contract().documentName(), 40), a == null ? "-" : a.score(), a == null ? "-"
                                        : a.count(Status.ADVERSE) + "/" + a.count(Status.WEAK) + "/" + a.count(Status.MISSING));
                    }
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "show", description = "Shows one contract: its findings with their decisions, and its trail.")
    static class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DatabaseOption db;
        @Parameters(paramLabel = "CONTRACT", description = "Id, file name or vendor.") String contract;
        @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
        Format format;

        @Override
        public Integer call() {
            return serve(spec, db, null, s -> {
                ContractRecord c = s.catalog().find(contract);
                Optional<StoredAudit> audit = s.audits().latest(c.id());
                Map<String, DecisionRecord> decisions = s.decisions().current(c.id());
                Map<String, Integer> versions = s.decisions().versions(c.id());
                List<DecisionEvent> trail = s.decisions().history(c.id(), null);
                List<ContractEvent> events = s.catalog().trail(c.id());
                PrintWriter out = CliSupport.out(spec);
                if (format == Format.json) {
                    ObjectNode node = json(c, s.catalog().latestAudit(c.id()).orElse(null));
                    ArrayNode findings = node.putArray("findings");
                    for (Finding f : audit.map(a -> a.result().findings()).orElse(List.of())) {
                        ObjectNode n = findings.addObject().put("clause", f.clauseId()).put("status", f.status().id())
                                .put("version", versions.getOrDefault(f.clauseId(), 0));
                        DecisionRecord d = decisions.get(f.clauseId());
                        if (d != null) {
                            n.putObject("decision").put("kind", d.decision().id()).put("note", d.note())
                                    .put("by", d.reviewer()).put("at", String.valueOf(d.decidedAt()));
                        }
                    }
                    ArrayNode t = node.putArray("trail");
                    trail.forEach(e -> t.addObject().put("clause", e.clauseId()).put("action", e.action().name())
                            .put("decision", e.decision() == null ? null : e.decision().id()).put("note", e.note())
                            .put("by", e.reviewer()).put("at", String.valueOf(e.occurredAt())));
                    events.forEach(e -> t.addObject().put("action", e.action()).put("detail", e.detail())
                            .put("by", e.actor()).put("at", String.valueOf(e.occurredAt())));
                    out.println(node);
                } else {
                    out.printf("%s — %s (contract %d)%n", c.vendor(), c.documentName(), c.id());
                    out.printf("Imported %s%s%s%n", c.importedAt(), c.importedBy() == null ? "" : " by " + c.importedBy(),
                            c.supersedesId() == null ? "" : "; a newer version of contract " + c.supersedesId());
                    audit.ifPresent(a -> out.printf("Score %d (library %s, audited %s)%n", a.result().score(),
                            a.result().libraryVersion(), a.auditedAt()));
                    for (Finding f : audit.map(a -> a.result().findings()).orElse(List.of())) {
                        DecisionRecord d = decisions.get(f.clauseId());
                        out.printf("  %-26s %-10s %s%n", f.clauseId(), f.status().id(), d == null ? "" : d.decision().id()
                                + " by " + d.reviewer() + (d.note() == null ? "" : ": " + d.note()));
                    }
                    if (!trail.isEmpty() || !events.isEmpty()) {
                        out.println("Trail:");
                        trail.forEach(e -> out.printf("  %s  %s %s %s by %s%n", e.occurredAt(), e.clauseId(),
                                e.action() == DecisionEvent.Action.UNDO ? "undo →" : "",
                                e.decision() == null ? "undecided" : e.decision().id(), e.reviewer()));
                        events.forEach(e -> out.printf("  %s  %s %s by %s%n", e.occurredAt(), e.action().toLowerCase(),
                                e.detail(), e.actor()));
                    }
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "rename", description = "Gives a contract another vendor name (the trail keeps the old one).")
    static class Rename implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DatabaseOption db;
        @Parameters(index = "0", paramLabel = "CONTRACT", description = "Id, file name or vendor.") String contract;
        @Parameters(index = "1", paramLabel = "VENDOR", description = "The new vendor name.") String vendor;
        @Option(names = "--by", paramLabel = "NAME", description = "Who renames it (default: the OS user).") String by;

        @Override
        public Integer call() {
            return serve(spec, db, by, s -> {
                ContractRecord before = s.catalog().find(contract);
                ContractRecord after = s.catalog().rename(before.id(), vendor, CliSupport.actor(by));
                return CliSupport.confirm(spec, "Renamed contract %d from %s to %s.", after.id(), before.vendor(),
                        after.vendor());
            });
        }
    }

    @Command(name = "delete", description = "Deletes a contract from lists and the portfolio; its audits, decisions"
            + " and trail are kept.")
    static class Delete implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DatabaseOption db;
        @Parameters(paramLabel = "CONTRACT", description = "Id, file name or vendor.") String contract;
        @Option(names = "--by", paramLabel = "NAME", description = "Who deletes it (default: the OS user).") String by;

        @Override
        public Integer call() {
            return serve(spec, db, by, s -> {
                ContractRecord c = s.catalog().find(contract);
                s.catalog().delete(c.id(), CliSupport.actor(by));
                return CliSupport.confirm(spec, "Deleted contract %d (%s, %s); its trail is kept.", c.id(), c.vendor(),
                        c.documentName());
            });
        }
    }

    static ObjectNode json(ContractRecord c, AuditSummary a) {
        ObjectNode n = JSON.createObjectNode().put("id", c.id()).put("vendor", c.vendor())
                .put("document", c.documentName()).put("sha256", c.sha256()).put("importedAt", String.valueOf(c.importedAt()))
                .put("importedBy", c.importedBy());
        if (c.supersedesId() != null) {
            n.put("supersedes", c.supersedesId());
        }
        if (a != null) {
            n.put("score", a.score()).put("libraryVersion", a.libraryVersion());
            ObjectNode counts = n.putObject("counts");
            for (Status s : Status.values()) {
                counts.put(s.id(), a.count(s));
            }
        }
        return n;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}

package com.clearance.cli;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.ingest.ImportException;
import com.clearance.library.ClauseLibraryException;
import com.clearance.library.ReportTemplateException;
import com.clearance.report.AuditedContract;
import com.clearance.report.ReportContext;
import com.clearance.report.ReportWriteException;
import com.clearance.service.AuditService;
import com.clearance.service.ReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.clearance.domain.Decision;
import com.clearance.library.DecisionFileReader;
import com.clearance.report.ClauseCatalog;
import com.clearance.report.readiness.LaunchReport;
import com.clearance.report.redline.RedlineSource;
import com.clearance.service.LaunchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `clearance report FILE... --type gap|negotiation|portfolio --out PATH`: audits the contracts and writes the report;
 * `clearance report FILE --type redline --out PATH.docx [--decisions FILE | --db PATH]`: the contract with tracked changes;
 * `clearance report --launch NAME --type readiness --out PATH [--db PATH]`: the launch readiness report.
 * Exit 0 written, 1 the report could not be written, 2 usage, template or launch error, 3 a contract could not be read
 * (or not every clause could be audited, or the clause library has errors and --allow-partial-library was not given).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a gap report (PDF), a negotiation pack (DOCX), a redline of the contract with tracked "
                + "changes (DOCX), a portfolio workbook (XLSX) or a launch readiness report (PDF).")
public class ReportCommand implements Callable<Integer> {

    public enum ReportType { gap, negotiation, portfolio, readiness, redline }

    static final int WRITE_FAILED = 1;
    static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Contract files (one for gap and negotiation).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--type", required = true, paramLabel = "gap|negotiation|redline|portfolio|readiness",
            description = "Which report to write.")
    private ReportType type;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write, or an existing folder to write a named file into.")
    private Path out;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "The reviewer named on the report.")
    private String reviewer;

    @Option(names = "--vendor", paramLabel = "NAME",
            description = "The vendor named on the report (default: the first word of each file name).")
    private String vendor;

    @Option(names = "--library", paramLabel = "DIR", description = "A clause-library folder instead of the built-in one.")
    private Path library;

    @Option(names = "--report-templates", paramLabel = "DIR",
            description = "A reports folder with your own wording and theme instead of the built-in one.")
    private Path templates;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "Reviewer decisions as YAML (clause id: {decision: accept|negotiate|waive, note, by, on}).")
    private Path decisionsFile;

    @Option(names = "--launch", paramLabel = "NAME", description = "The launch to report on (with --type readiness).")
    private String launch;

    @Option(names = "--today", paramLabel = "DATE",
            description = "Readiness as of this day, YYYY-MM-DD (default today); also the audit date on contract reports.")
    private String today;

    @Mixin
    private LaunchOptions launchOptions;

    @Option(names = "--allow-partial-library",
            description = "Report with the clauses that loaded even when some clause files have errors; the report"
                    + " then says which files were left out.")
    private boolean allowPartialLibrary;

    private LibraryCompleteness completeness;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            err.println(usage);
            return USAGE;
        }
        if (type == ReportType.readiness) {
            return readiness(err);
        }
        AuditService audit;
        ReportService reports;
        try {
            com.clearance.library.LoadedLibrary loaded = AuditService.loadLibrary(library);
            completeness = LibraryCompleteness.of(loaded);
            String refusal = completeness.refusal(allowPartialLibrary);
            loaded.errors().forEach(e -> err.println((refusal == null ? "warning" : "error") + ": clause library: " + e));
            if (refusal != null) {
                err.println("clearance: " + refusal.replace("no audit was made", "no report was written"));
                return ImportCommand.INPUT_UNREADABLE;
            }
            audit = new AuditService(loaded.library());
            reports = new ReportService(ReportService.templates(templates), ReportService.catalog(audit.library()));
        } catch (ClauseLibraryException | ReportTemplateException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        List<Decision> decisions;
        try {
            day();
            decisions = decisionsFile == null ? List.of() : DecisionFileReader.read(decisionsFile);
        } catch (ReportTemplateException | DateTimeParseException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        if (type == ReportType.redline) {
            return redline(audit, reports, decisions, err);
        }
        List<AuditedContract> contracts = new ArrayList<>();
        boolean allRead = true;
        for (Path file : files) {
            try {
                com.clearance.domain.ContractDocument document = audit.read(file);
                AuditResult r = completeness.mark(audit.audit(document));
                r.clauseFailures().forEach(f -> err.println(com.clearance.ingest.FileNames.shown(file) + ": " + f));
                allRead &= r.clauseFailures().isEmpty();
                contracts.add(new AuditedContract(r, ReportContext.of(r, vendorFor(file), reviewer, day(), decisions)
                        .withImportWarnings(completeness.withWarning(document.warnings(), r))));
            } catch (ImportException e) {
                allRead = false;
                err.println(e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                allRead = false;
                err.println(UnexpectedFailure.line(LOG, file, e));
            }
        }
        if (contracts.isEmpty()) {
            return ImportCommand.INPUT_UNREADABLE;
        }
        return write(reports, contracts, err) ? (allRead ? 0 : ImportCommand.INPUT_UNREADABLE) : WRITE_FAILED;
    }

    private boolean write(ReportService reports, List<AuditedContract> contracts, PrintWriter err) {
        Path target = target(contracts.get(0).context().documentName());
        try {
            switch (type) {
                case gap -> reports.gapReport(contracts.get(0), target);
                case negotiation -> reports.negotiationPack(contracts.get(0), target);
                default -> reports.portfolio(contracts, target);
            }
            spec.commandLine().getOut().println("Wrote " + target);
            return true;
        } catch (ReportWriteException e) {
            LOG.error("Report export failed", e);
            err.println(e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.error("Report export failed", e);
            err.println("Clearance could not write the report because of an internal error; see the log for details.");
            return false;
        }
    }

    /**
     * The redline of one contract: the vendor's DOCX (or a DOCX of the text) with tracked changes. Without
     * --decisions, the decisions recorded in the window for this contract (found by its SHA-256 in --db) are used.
     */
    private int redline(AuditService audit, ReportService reports, List<Decision> fromFile, PrintWriter err) {
        Path file = files.get(0);
        ContractDocument document;
        AuditResult result;
        try {
            document = audit.read(file);
            result = completeness.mark(audit.audit(document));
        } catch (ImportException e) {
            err.println(e.getMessage());
            return ImportCommand.INPUT_UNREADABLE;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println(UnexpectedFailure.line(LOG, file, e));
            return ImportCommand.INPUT_UNREADABLE;
        }
        result.clauseFailures().forEach(f -> err.println(com.clearance.ingest.FileNames.shown(file) + ": " + f));
        List<Decision> decisions = decisionsFile != null || launchOptions.db == null ? fromFile
                : StoredDecisions.forContract(launchOptions.db, result.sha256());
        AuditedContract contract = new AuditedContract(result, ReportContext.of(result, vendorFor(file), reviewer, day(),
                decisions).withImportWarnings(completeness.withWarning(document.warnings(), result)));
        Path target = target(result.document());
        try {
            RedlineSource source = new RedlineSource(contract, document, ReportService.vendorDocx(document, file));
            reports.redline(source, target);
            spec.commandLine().getOut().println("Wrote " + target + (source.fromVendorDocx() ? ""
                    : " (a DOCX of the contract's text: the original is not a Word file)"));
            return 0;
        } catch (ReportWriteException e) {
            LOG.error("Report export failed", e);
            err.println(e.getMessage());
            return WRITE_FAILED;
        } catch (RuntimeException e) {
            LOG.error("Report export failed", e);
            err.println("Clearance could not write the redline because of an internal error; see the log for details.");
            return WRITE_FAILED;
        }
    }

    private int readiness(PrintWriter err) {
        ReportService reports;
        LaunchReport report;
        try {
            reports = new ReportService(ReportService.templates(templates), new ClauseCatalog(List.of()));
            report = launchOptions.withService(s -> ReportService.launchReport(s, launch, day()));
        } catch (ReportTemplateException | LaunchException | DateTimeParseException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        Path target = Files.isDirectory(out) ? out.resolve(launch.replaceAll("[^A-Za-z0-9._-]+", "-") + "-readiness.pdf") : out;
        try {
            reports.readinessReport(report, target);
            spec.commandLine().getOut().println("Wrote " + target);
            return 0;
        } catch (ReportWriteException e) {
            LOG.error("Report export failed", e);
            err.println(e.getMessage());
            return WRITE_FAILED;
        }
    }

    private String usageProblem() {
        if (type == ReportType.readiness) {
            if (launch == null || launch.isBlank()) {
                return "Name the launch to report on with --launch NAME.";
            }
            return files.isEmpty() ? null : "The readiness report takes --launch NAME, not contract files.";
        }
        if (launch != null) {
            return "--launch goes with --type readiness.";
        }
        if (files.isEmpty()) {
            return "Name the contract files to report on (one or more).";
        }
        if ((type == ReportType.gap || type == ReportType.negotiation || type == ReportType.redline) && files.size() != 1) {
            return "A " + type + " report covers one contract; for several use --type portfolio.";
        }
        return null;
    }

    /** The --out file, or a file named after the contract inside --out when it is a folder. */
    private Path target(String documentName) {
        if (!Files.isDirectory(out)) {
            return out;
        }
        String base = type == ReportType.portfolio ? "portfolio" : documentName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        String suffix = switch (type) {
            case gap -> "-gap-report.pdf";
            case negotiation -> "-negotiation-pack.docx";
            case redline -> "-redline.docx";
            default -> ".xlsx";
        };
        return out.resolve(base + suffix);
    }

    private LocalDate day() {
        try {
            return today == null ? LocalDate.now() : LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new DateTimeParseException("--today '" + today + "' is not a date; use YYYY-MM-DD", today, 0);
        }
    }

    private String vendorFor(Path file) {
        if (vendor != null && !vendor.isBlank()) {
            return vendor;
        }
        String first = file.getFileName().toString().split("[-_. ]", 2)[0];
        return first.isEmpty() ? null : first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
    }
}

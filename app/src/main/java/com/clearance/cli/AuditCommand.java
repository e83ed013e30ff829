package com.clearance.cli;

import com.clearance.domain.AuditResult;
import com.clearance.ingest.ImportException;
import com.clearance.library.ClauseLibraryException;
import com.clearance.library.LibraryError;
import com.clearance.library.LoadedLibrary;
import com.clearance.service.AuditService;
import com.clearance.service.AuditArchive;
import com.clearance.persistence.StoreException;
import com.clearance.domain.ContractDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * `clearance audit FILE... --format json|markdown|table [--library DIR]`: scores each contract clause by clause.
 * Exit 0 when every input was read, 3 when one could not be (or does not look like an agreement and --force was not
 * given, or the --db database cannot be created or opened, or the clause library has errors and
 * --allow-partial-library was not given), 2 when the library folder cannot be used.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Scores contracts against the AI clause library and shows the sentences that decided each finding.")
public class AuditCommand implements Callable<Integer> {

    public enum OutputFormat { json, markdown, table }

    private static final Logger LOG = LoggerFactory.getLogger(AuditCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract files to audit.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|markdown|table",
            description = "json (one object per file per line), markdown or table. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--library", paramLabel = "DIR", description = "A clause-library folder to use instead of the built-in one.")
    private Path library;

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Also store each audit in this Clearance database (a file, or a team database as"
                    + " postgresql://USER@HOST:PORT/DBNAME), so the window lists it.")
    private String db;

    @Option(names = "--explain", paramLabel = "CLAUSE",
            description = "Also print every sentence the clause found topical, with what it points to and why.")
    private String explain;

    @Option(names = "--allow-partial-library",
            description = "Audit with the clauses that loaded even when some clause files have errors; every output"
                    + " and the stored audit then say which files were left out.")
    private boolean allowPartialLibrary;

    @Option(names = "--force",
            description = "Audit a file even when it does not look like an agreement (no obligations found); without"
                    + " it such a file is reported as one that could not be audited (exit 3) and not stored.")
    private boolean force;
    @picocli.CommandLine.Mixin
    private OcrOption ocr = new OcrOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditService service;
        LibraryCompleteness completeness;
        try {
            LoadedLibrary loaded = AuditService.loadLibrary(library);
            completeness = LibraryCompleteness.of(loaded);
            String refusal = completeness.refusal(allowPartialLibrary);
            for (LibraryError e : loaded.errors()) {
                err.println((refusal == null ? "warning" : "error") + ": clause library: " + e);
            }
            if (refusal != null) {
                err.println("clearance: " + refusal);
                return ImportCommand.INPUT_UNREADABLE;
            }
            service = new AuditService(loaded.library(), ocr.reader());
        } catch (ClauseLibraryException e) {
            err.println(e.getMessage());
            return 2;
        }
        boolean allRead = true;
        AuditArchive archive;
        try {
            archive = db == null ? null : AuditArchive.open(db);
        } catch (StoreException e) {
            // not a usage error: the path is well formed, the database there cannot be created or read
            LOG.error("Could not open the database {}", db, e);
            err.println(e.getMessage());
            return ImportCommand.INPUT_UNREADABLE;
        }
        ProgressLine progress = ProgressLine.onTerminal(err);
        for (Path file : files) {
            try {
                ContractDocument document = service.read(file, progress.monitor(file));
                AuditResult r = completeness.mark(service.audit(document));
                String notAgreement = r.reading() == null ? null : r.reading().notAgreementReason();
                if (notAgreement != null && !force) {
                    allRead = false;
                    err.println(com.clearance.ingest.FileNames.shown(file) + ": " + notAgreement
                            + "; not audited (give --force to audit it anyway)");
                    err.flush();
                    continue;
                }
                List<String> warnings = new java.util.ArrayList<>(completeness.withWarning(document.warnings(), r));
                if (notAgreement != null) {
                    warnings.add(0, notAgreement + "; audited because --force was given, so its score means little");
                }
                if (r.reading() != null && r.reading().languageNote() != null) {
                    warnings.add(0, r.reading().languageNote());
                }
                if (archive != null) {
                    archive.save(file, document, r);
                }
                if (explain != null) service.explain(document, explain).forEach(out::println);
                for (String failure : r.clauseFailures()) {
                    allRead = false; // an audit with a clause left out is not a whole one
                    err.println(com.clearance.ingest.FileNames.shown(file) + ": " + failure);
                }
                switch (format) {
                    case json -> AuditOutput.json(r, warnings, document, out);
                    case markdown -> AuditOutput.markdown(r, warnings, document, out);
                    default -> AuditOutput.table(r, warnings, document, out);
                }
            } catch (ImportException e) {
                allRead = false;
                err.println(e.getMessage());
            } catch (StoreException e) {
                allRead = false;
                LOG.error("Could not store the audit of {} in {}", file, db, e);
                err.println(com.clearance.ingest.FileNames.shown(file) + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                allRead = false;
                err.println(UnexpectedFailure.line(LOG, file, e));
            }
            out.flush();
            err.flush();
        }
        closeQuietly(archive);
        return allRead ? 0 : ImportCommand.INPUT_UNREADABLE;
    }

    private static void closeQuietly(AuditArchive archive) {
        try {
            if (archive != null) {
                archive.close();
            }
        } catch (Exception e) {
            LOG.warn("Closing the database failed", e);
        }
    }
}

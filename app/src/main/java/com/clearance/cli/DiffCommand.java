package com.clearance.cli;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.VersionStamp;
import com.clearance.ingest.ImportException;
import com.clearance.library.ClauseLibraryException;
import com.clearance.library.ReportTemplateException;
import com.clearance.report.ReportWriteException;
import com.clearance.report.redline.VersionPair;
import com.clearance.report.redline.VersionRedlineDocxExporter;
import com.clearance.scoring.ClauseDefinition;
import com.clearance.service.AuditService;
import com.clearance.service.ReportService;
import com.clearance.service.VersionDiff;
import com.clearance.service.VersionDiffService;
import com.clearance.text.WordDiff;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * `clearance diff OLD NEW [--format text|json|docx] [--out PATH]`: two versions of one vendor's terms, clause by
 * clause (which way each status moved, the deciding wordings side by side with their word-level difference), or with
 * --format docx the older text redlined into the newer one. Exit 0, 1 the DOCX could not be written, 2 usage,
 * 3 a version could not be read.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares two versions of a contract: clause moves and the wording that changed.")
public class DiffCommand implements Callable<Integer> {

    public enum Format { text, json, docx }

    private static final Logger LOG = LoggerFactory.getLogger(DiffCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older version.")
    private Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer version.")
    private Path newer;

    @Option(names = "--format", paramLabel = "text|json|docx", description = "Output format (default: text).")
    private Format format = Format.text;

    @Option(names = "--out", paramLabel = "PATH", description = "The DOCX to write (with --format docx).")
    private Path out;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "The author of the DOCX's tracked changes.")
    private String reviewer;

    @Option(names = "--library", paramLabel = "DIR", description = "A clause-library folder instead of the built-in one.")
    private Path library;

    @Option(names = "--allow-partial-library",
            description = "Compare with the clauses that loaded even when some clause files have errors.")
    private boolean allowPartialLibrary;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (format == Format.docx && out == null) {
            err.println("Name the DOCX to write with --out PATH.");
            return 2;
        }
        AuditService audit;
        LibraryCompleteness completeness;
        try {
            com.clearance.library.LoadedLibrary loaded = AuditService.loadLibrary(library);
            completeness = LibraryCompleteness.of(loaded);
            String refusal = completeness.refusal(allowPartialLibrary);
            loaded.errors().forEach(e -> err.println((refusal == null ? "warning" : "error") + ": clause library: " + e));
            if (refusal != null) {
                err.println("clearance: " + refusal.replace("no audit was made", "nothing was compared"));
                return ImportCommand.INPUT_UNREADABLE;
            }
            audit = new AuditService(loaded.library());
        } catch (ClauseLibraryException e) {
            err.println(e.getMessage());
            return 2;
        }
        ContractDocument oldDoc;
        ContractDocument newDoc;
        try {
            oldDoc = audit.read(older);
            newDoc = audit.read(newer);
        } catch (ImportException e) {
            err.println(e.getMessage());
            return ImportCommand.INPUT_UNREADABLE;
        }
        if (format == Format.docx) {
            return docx(oldDoc, newDoc, err, stdout);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (ClauseDefinition c : audit.library().clauses()) {
            titles.put(c.id(), c.title());
        }
        AuditResult oldResult = completeness.mark(audit.audit(oldDoc));
        AuditResult newResult = completeness.mark(audit.audit(newDoc));
        VersionDiff diff = VersionDiffService.compare(oldDoc, oldResult, newDoc, newResult, titles);
        // a clause left out of either audit cannot show up as changed: the comparison says so, or its silence on
        // that clause would read as "unchanged"
        List<String> leftOut = comparisonWarnings(completeness, oldDoc.name(), oldResult, newDoc.name(), newResult);
        leftOut.forEach(w -> err.println("warning: " + w));
        if (format == Format.json) {
            Map<String, Object> root = json(diff);
            root.put("libraryVersion", newResult.libraryVersion());
            root.put("warnings", leftOut);
            stdout.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            text(diff, stdout);
            leftOut.forEach(w -> stdout.println("Warning: " + w));
        }
        stdout.flush();
        return 0;
    }

    private int docx(ContractDocument oldDoc, ContractDocument newDoc, PrintWriter err, PrintWriter stdout) {
        Path target = Files.isDirectory(out) ? out.resolve(base(oldDoc.name()) + "-to-" + base(newDoc.name()) + ".docx") : out;
        try {
            ReportService.export(new VersionRedlineDocxExporter(ReportService.templates(null), Clock.systemUTC()),
                    new VersionPair(oldDoc, newDoc, reviewer), target);
            stdout.println("Wrote " + target);
            return 0;
        } catch (ReportWriteException | ReportTemplateException e) {
            LOG.error("Comparison export failed", e);
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The partial library once, then each document's clauses that could not be audited, named by document. */
    private static List<String> comparisonWarnings(LibraryCompleteness completeness, String oldName, AuditResult oldResult,
                                                   String newName, AuditResult newResult) {
        List<String> all = new ArrayList<>();
        if (!completeness.leftOut().isEmpty()) {
            all.add("partial clause library: " + completeness.leftOut() + " had errors and were left out; their clauses"
                    + " were not compared");
        }
        oldResult.clauseFailures().forEach(f -> all.add(oldName + ": " + f));
        newResult.clauseFailures().forEach(f -> all.add(newName + ": " + f));
        return all;
    }

    private static String base(String name) {
        return name.replaceFirst("\\.[A-Za-z0-9]+$", "");
    }

    static void text(VersionDiff diff, PrintWriter out) {
        out.println(diff.older() + " (" + stated(diff.olderStamp()) + "score " + diff.olderScore() + ")  ->  "
                + diff.newer() + " (" + stated(diff.newerStamp()) + "score " + diff.newerScore() + ")");
        for (VersionDiff.ClauseDiff c : diff.clauses()) {
            out.println();
            String moved = c.before() == c.after() ? c.before().id() + " (wording changed)"
                    : c.before().id() + " -> " + c.after().id() + " (" + c.direction().name().toLowerCase() + ")";
            out.println(c.clauseId() + "  " + c.title() + ": " + moved);
            for (VersionDiff.Wording w : c.wordings()) {
                if (w.before() == null) {
                    out.println("  new only:  \u201C" + w.after() + "\u201D");
                } else if (w.after() == null) {
                    out.println("  old only:  \u201C" + w.before() + "\u201D");
                } else {
                    out.println("  old:       \u201C" + w.before() + "\u201D");
                    out.println("  new:       \u201C" + w.after() + "\u201D");
                    out.println("  changed:   " + inline(w.words()));
                }
            }
        }
        out.println();
        out.println(diff.clauses().size() + (diff.clauses().size() == 1 ? " clause" : " clauses") + " changed, "
                + diff.unchangedClauses() + " unchanged.");
    }

    private static String stated(VersionStamp stamp) {
        return stamp.isEmpty() ? "" : stamp.label() + ", ";
    }

    private static Map<String, Object> document(String name, int score, VersionStamp stamp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", name);
        m.put("score", score);
        m.put("effective", stamp.effective() == null ? null : stamp.effective().toString());
        m.put("updated", stamp.updated() == null ? null : stamp.updated().toString());
        m.put("version", stamp.version());
        return m;
    }

    /** "kept [-removed-] {+added+} kept", long unchanged stretches shortened to their ends. */
    static String inline(List<WordDiff.Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Piece p : pieces) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            switch (p.op()) {
                case SAME -> sb.append(shorten(p.text()));
                case REMOVED -> sb.append("[-").append(p.text()).append("-]");
                case ADDED -> sb.append("{+").append(p.text()).append("+}");
            }
        }
        return sb.toString();
    }

    private static String shorten(String same) {
        String[] words = same.split(" ");
        if (words.length <= 12) {
            return same;
        }
        return String.join(" ", List.of(words).subList(0, 5)) + " \u2026 "
                + String.join(" ", List.of(words).subList(words.length - 5, words.length));
    }

    private static Map<String, Object> json(VersionDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("old", document(diff.older(), diff.olderScore(), diff.olderStamp()));
        root.put("new", document(diff.newer(), diff.newerScore(), diff.newerStamp()));
        List<Object> clauses = new ArrayList<>();
        for (VersionDiff.ClauseDiff c : diff.clauses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clause", c.clauseId());
            m.put("title", c.title());
            m.put("before", c.before().id());
            m.put("after", c.after().id());
            m.put("direction", c.direction().name().toLowerCase());
            List<Object> wordings = new ArrayList<>();
            for (VersionDiff.Wording w : c.wordings()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("old", w.before());
                x.put("new", w.after());
                List<Object> words = new ArrayList<>();
                for (WordDiff.Piece p : w.words()) {
                    words.add(Map.of("op", p.op().name().toLowerCase(), "text", p.text()));
                }
                x.put("diff", words);
                wordings.add(x);
            }
            m.put("wordings", wordings);
            clauses.add(m);
        }
        root.put("clauses", clauses);
        root.put("unchangedClauses", diff.unchangedClauses());
        return root;
    }
}

package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.DocumentFormat;
import com.clearance.domain.Evidence;
import com.clearance.domain.Finding;
import com.clearance.domain.PageSpan;
import com.clearance.domain.Status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test engine with a visible rule: a line "clause-id: status" in the text decides that clause (the line is the
 * evidence); clauses without a line are missing. Lets service and UI tests run before and apart from the real engine.
 */
public final class FakeAuditor implements ContractAuditor {

    public static final List<String> CLAUSES = List.of("training-use", "model-substitution", "data-residency");
    public String version = "v1";
    /** What a "weak" line yields: lets tests play a stricter library version. */
    public Status weakBecomes = Status.WEAK;
    /** Errors the library "had" when loaded; with {@link #noClauses} a library where nothing loaded. */
    public List<String> problems = List.of();
    public boolean noClauses;

    @Override
    public List<String> loadErrors() {
        return problems;
    }

    @Override
    public AuditResult audit(ContractDocument d) {
        List<Finding> findings = new ArrayList<>();
        int protective = 0;
        for (String id : CLAUSES) {
            int at = d.text().indexOf(id + ":");
            if (at < 0) {
                findings.add(new Finding(id, Status.MISSING, List.of(), "nothing found", "ask for " + id, id + " wording"));
                continue;
            }
            int end = d.text().indexOf('\n', at);
            end = end < 0 ? d.text().length() : end;
            Status s = Status.fromId(d.text().substring(at + id.length() + 1, end));
            s = s == Status.WEAK ? weakBecomes : s;
            protective += s == Status.PROTECTIVE ? 1 : 0;
            Evidence e = new Evidence(d.text().substring(at, end), 1, "1", at, end, s);
            findings.add(new Finding(id, s, List.of(e), "line says " + s.id(),
                    s == Status.PROTECTIVE ? null : "ask for " + id, null));
        }
        int score = 100 * protective / CLAUSES.size();
        return new AuditResult(d.name(), d.sha256(), d.pageCount(), score, protective + " of 3 protective", version, findings);
    }

    @Override
    public List<ClauseInfo> clauses() {
        if (noClauses) return List.of();
        return CLAUSES.stream().map(id -> new ClauseInfo(id, "Title of " + id, id.startsWith("data") ? "data" : "model",
                1.0, "why " + id, Map.of(Status.PROTECTIVE, "good", Status.WEAK, "hole", Status.ADVERSE, "bad"),
                "preferred " + id, "fallback " + id)).toList();
    }

    @Override
    public String libraryVersion() {
        return version;
    }

    @Override
    public Optional<Path> libraryFolder() {
        return Optional.empty();
    }

    @Override
    public List<String> reload() {
        return List.of();
    }

    /**
     * Reads a text file into a one-page document; a file named *.bad fails like a corrupt upload, and each line
     * "import-warning: TEXT" becomes an import warning.
     */
    public static ContractDocument read(Path file) throws com.clearance.ingest.ImportException {
        String name = file.getFileName().toString();
        if (name.endsWith(".bad") || !Files.exists(file)) {
            throw new com.clearance.ingest.ImportException(Files.exists(file)
                    ? com.clearance.ingest.ImportFailure.CORRUPT : com.clearance.ingest.ImportFailure.NOT_FOUND, name);
        }
        try {
            String text = Files.readString(file);
            // a line "import-warning: ..." plays a soft problem met while reading
            List<String> warnings = text.lines().filter(l -> l.startsWith("import-warning: "))
                    .map(l -> l.substring("import-warning: ".length())).toList();
            return new ContractDocument(name, DocumentFormat.TEXT, Integer.toHexString(text.hashCode()), text,
                    List.of(new PageSpan(1, 0, text.length())), List.of(), List.of(), List.of(), warnings);
        } catch (java.io.IOException e) {
            throw new com.clearance.ingest.ImportException(com.clearance.ingest.ImportFailure.NOT_FOUND, name, e);
        }
    }
}

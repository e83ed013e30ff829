package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.Status;
import com.clearance.library.ClauseLibraryException;
import com.clearance.library.ClauseLibraryLoader;
import com.clearance.library.LibraryError;
import com.clearance.library.LoadedLibrary;
import com.clearance.scoring.AuditEngine;
import com.clearance.scoring.ClauseDefinition;
import com.clearance.scoring.StatusRule;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The real clause library and engine behind {@link ContractAuditor}: loads the library from a folder (or the copy in
 * the jar) and swaps in a new engine on reload, so audits always use one consistent library.
 */
public final class LibraryAuditor implements ContractAuditor {

    private final Path folder;
    private volatile AuditEngine engine;
    private volatile List<String> loadErrors;
    /** "" for a library that loaded whole, else " (partial: left out a.yaml, b.yaml)": stored with every audit. */
    private volatile String partialMark;

    private LibraryAuditor(Path folder, LoadedLibrary loaded) {
        this.folder = folder;
        install(loaded);
    }

    /** Loads the library from {@code folder}, or the built-in one when folder is null. */
    public static LibraryAuditor load(Path folder) throws ClauseLibraryException {
        return new LibraryAuditor(folder, read(folder));
    }

    private static LoadedLibrary read(Path folder) throws ClauseLibraryException {
        ClauseLibraryLoader loader = new ClauseLibraryLoader();
        return folder == null ? loader.loadDefault() : loader.load(folder);
    }

    private void install(LoadedLibrary loaded) {
        engine = new AuditEngine(loaded.library());
        loadErrors = loaded.errors().stream().map(LibraryError::toString).toList();
        List<String> files = loaded.errors().stream().map(LibraryError::file).distinct().toList();
        partialMark = files.isEmpty() ? "" : " (partial: left out " + String.join(", ", files) + ")";
    }

    /** The library in use now (reports quote its titles and drafting). */
    public com.clearance.scoring.ClauseLibrary library() {
        return engine.library();
    }

    /** Problems found when the library was last loaded (the clauses that loaded are in use). */
    @Override
    public List<String> loadErrors() {
        return loadErrors;
    }

    @Override
    public AuditResult audit(ContractDocument document) {
        return audit(document, com.clearance.domain.WorkProgress.NONE);
    }

    @Override
    public AuditResult audit(ContractDocument document, com.clearance.domain.WorkProgress progress) {
        AuditResult r = engine.audit(document, progress);
        String mark = partialMark;
        return mark.isEmpty() ? r : r.withLibraryMark(mark);
    }

    @Override
    public List<ClauseInfo> clauses() {
        return engine.library().clauses().stream().map(LibraryAuditor::info).toList();
    }

    @Override
    public String libraryVersion() {
        return engine.library().version() + partialMark;
    }

    @Override
    public Optional<Path> libraryFolder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public List<String> reload() {
        try {
            install(read(folder));
            return loadErrors;
        } catch (ClauseLibraryException e) {
            // The folder as a whole is unusable: keep auditing with the library already loaded.
            return List.of(e.getMessage() + " The library loaded before stays in use.");
        }
    }

    /** Bars as the engine applies them: the rationale of each rule, grouped by the status it gives. */
    static ClauseInfo info(ClauseDefinition c) {
        Map<Status, Set<String>> byStatus = new EnumMap<>(Status.class);
        for (StatusRule r : c.rules()) {
            if (r.status() != null && r.rationale() != null) {
                byStatus.computeIfAbsent(r.status(), s -> new LinkedHashSet<>()).add(r.rationale().strip());
            }
        }
        if (c.otherwise() != null && c.otherwiseRationale() != null) {
            byStatus.computeIfAbsent(c.otherwise(), s -> new LinkedHashSet<>()).add(c.otherwiseRationale().strip());
        }
        Map<Status, String> bars = new EnumMap<>(Status.class);
        byStatus.forEach((s, texts) -> bars.put(s, String.join("; ", texts)));
        return new ClauseInfo(c.id(), c.title(), c.category(), c.weight(), c.why().strip(), bars,
                c.recommendation().preferred().strip(), c.recommendation().fallback().strip());
    }
}

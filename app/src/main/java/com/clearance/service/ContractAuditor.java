package com.clearance.service;

import com.clearance.domain.AuditResult;
import com.clearance.domain.ContractDocument;
import com.clearance.domain.WorkProgress;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The clause library and the scoring engine behind it, as the workbench and the CLI use them. */
public interface ContractAuditor {

    AuditResult audit(ContractDocument document);

    /** Audits with progress (sentences read, clauses judged); auditors that cannot report just audit. */
    default AuditResult audit(ContractDocument document, WorkProgress progress) {
        progress.step(com.clearance.scoring.AuditEngine.JUDGING, 0, 1);
        return audit(document);
    }

    List<ClauseInfo> clauses();

    /** A version that changes whenever the clause definitions change (used to know when to re-audit). */
    String libraryVersion();

    /** The folder the library was read from, when it came from a folder rather than the built-in copy. */
    Optional<Path> libraryFolder();

    /** Reads the library again; returns plain validation errors (file, field, what is wrong), empty when clean. */
    List<String> reload();

    /** The errors found when the library was last loaded (their files were left out); empty for a whole library. */
    default List<String> loadErrors() {
        return List.of();
    }

    /** Why nothing can be audited now (no clause loaded), or null: such an audit would be an empty, "valid" one. */
    default String refusal() {
        return clauses().isEmpty() ? "the clause library has no clauses that load, so there is nothing to audit against;"
                + " fix the files listed on the Clause library screen and reload it" : null;
    }
}

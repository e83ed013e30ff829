package com.clearance.cli;

import com.clearance.domain.AuditResult;
import com.clearance.library.LibraryError;
import com.clearance.library.LoadedLibrary;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a clause library loaded whole. An audit over a library with errors is refused unless the user allows a
 * partial one; a partial audit then carries the files left out in its library version (so the stored audit and
 * every report show it) and as a warning in every output. An audit with no clauses at all is always refused.
 */
record LibraryCompleteness(int clauses, List<LibraryError> errors) {

    static LibraryCompleteness of(LoadedLibrary loaded) {
        return new LibraryCompleteness(loaded.library().clauses().size(), loaded.errors());
    }

    /** The plain reason not to audit, or null. */
    String refusal(boolean allowPartial) {
        if (clauses == 0) {
            return "the clause library has no clauses that load" + (errors.isEmpty() ? "" : " (" + errors.size()
                    + " errors, listed above)") + ", so there is nothing to audit against; no audit was made.";
        }
        if (!errors.isEmpty() && !allowPartial) {
            return "the clause library has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + " (listed above), so no audit was made; fix them (clearance library validate DIR) or pass"
                    + " --allow-partial-library to audit with the " + clauses + (clauses == 1 ? " clause" : " clauses")
                    + " that loaded.";
        }
        return null;
    }

    /** The files left out, comma separated; empty for a whole library. */
    String leftOut() {
        return String.join(", ", errors.stream().map(LibraryError::file).distinct().toList());
    }

    AuditResult mark(AuditResult r) {
        if (errors.isEmpty()) {
            return r;
        }
        return r.withLibraryMark(" (partial: left out " + leftOut() + ")");
    }

    /** The warnings every output carries: the partial library, clauses that could not be audited, import warnings. */
    List<String> withWarning(List<String> importWarnings, AuditResult r) {
        List<String> all = new ArrayList<>();
        if (!errors.isEmpty()) all.add("partial clause library: " + leftOut() + " had errors and were left out; their clauses were not"
                + " audited");
        all.addAll(r.clauseFailures());
        all.addAll(importWarnings);
        return all;
    }
}

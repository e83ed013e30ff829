package com.clearance.library;

import com.clearance.scoring.ClauseLibrary;

import java.util.List;

/** The result of loading a clause library: the clauses that loaded, and every error found in the others. */
public record LoadedLibrary(ClauseLibrary library, List<LibraryError> errors, String source) {

    public LoadedLibrary {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}

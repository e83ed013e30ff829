package com.clearance.library;

/** One problem in a library file: which file, which field, and what is wrong, in plain words. */
public record LibraryError(String file, String field, String message) {

    @Override
    public String toString() {
        return file + (field == null || field.isBlank() ? "" : " [" + field + "]") + ": " + message;
    }
}

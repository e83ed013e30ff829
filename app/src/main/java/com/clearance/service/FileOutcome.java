package com.clearance.service;

import java.nio.file.Path;

/**
 * How one file of an import batch ended: imported (with its contract id), already there (the same SHA-256 was
 * imported before: its contract id, nothing stored, the user may re-audit it), failed (with a plain reason),
 * cancelled, or refused because it does not look like an agreement (nothing stored; importing it again with
 * insistence keeps it).
 */
public record FileOutcome(Path file, Kind kind, long contractId, String message) {

    public enum Kind { IMPORTED, ALREADY_IMPORTED, FAILED, CANCELLED, NOT_AN_AGREEMENT }

    public static FileOutcome alreadyImported(Path file, long contractId, String message) {
        return new FileOutcome(file, Kind.ALREADY_IMPORTED, contractId, message);
    }

    public static FileOutcome imported(Path file, long contractId) {
        return new FileOutcome(file, Kind.IMPORTED, contractId, "");
    }

    public static FileOutcome failed(Path file, String message) {
        return new FileOutcome(file, Kind.FAILED, -1, message);
    }

    public static FileOutcome notAnAgreement(Path file, String message) {
        return new FileOutcome(file, Kind.NOT_AN_AGREEMENT, -1, message);
    }

    public static FileOutcome cancelled(Path file) {
        return cancelled(file, "cancelled before it was read");
    }

    public static FileOutcome cancelled(Path file, String message) {
        return new FileOutcome(file, Kind.CANCELLED, -1, message);
    }
}

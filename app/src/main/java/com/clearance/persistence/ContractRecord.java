package com.clearance.persistence;

import com.clearance.domain.DocumentFormat;

import java.time.Instant;

/**
 * An imported contract as stored (without its text, which is loaded on demand). {@code supersedesId} is the earlier
 * version of the same vendor's document, when there was one; {@code deletedAt} is set once it was deleted (kept for
 * the trail, hidden from lists and the portfolio).
 */
public record ContractRecord(long id, String vendor, String documentName, String sourcePath, String sha256,
                             DocumentFormat format, int pages, Instant importedAt, String importedBy,
                             Long supersedesId, Instant deletedAt) {

    public ContractRecord(long id, String vendor, String documentName, String sourcePath, String sha256,
                          DocumentFormat format, int pages, Instant importedAt) {
        this(id, vendor, documentName, sourcePath, sha256, format, pages, importedAt, null, null, null);
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}

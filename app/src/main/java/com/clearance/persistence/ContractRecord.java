package com.clearance.persistence;

import com.clearance.domain.DocumentFormat;

import java.time.Instant;

/** An imported contract as stored (without its text, which is loaded on demand). */
public record ContractRecord(long id, String vendor, String documentName, String sourcePath, String sha256,
                             DocumentFormat format, int pages, Instant importedAt) {
}

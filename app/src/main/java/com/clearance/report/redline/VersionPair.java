package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;

/** Two versions of one vendor's terms, older first, and who the comparison is by (the author of its changes). */
public record VersionPair(ContractDocument older, ContractDocument newer, String author) {

    public VersionPair {
        if (older == null || newer == null) {
            throw new IllegalArgumentException("a comparison needs both versions");
        }
        author = author == null || author.isBlank() ? "Clearance" : author.strip();
    }
}

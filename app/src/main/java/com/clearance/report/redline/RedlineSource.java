package com.clearance.report.redline;

import com.clearance.domain.ContractDocument;
import com.clearance.report.AuditedContract;

/**
 * What a redline is made from: the audited contract with its decisions, the document model it was read into, and
 * the vendor's own Word file when the contract arrived as DOCX (null otherwise, or when that file is gone).
 */
public record RedlineSource(AuditedContract contract, ContractDocument document, byte[] originalDocx) {

    public RedlineSource {
        if (contract == null || document == null) {
            throw new IllegalArgumentException("a redline needs the audited contract and its document");
        }
    }

    public boolean fromVendorDocx() {
        return originalDocx != null;
    }
}

package com.clearance.service;

import com.clearance.domain.Status;
import com.clearance.domain.VersionStamp;
import com.clearance.persistence.ContractRecord;

import java.util.List;

/**
 * Contracts side by side, one row per clause; a row differs when its contracts do not all share one status.
 * {@code stamps} holds, per contract, the date and version its text states ({@link VersionStamp#NONE} when none).
 */
public record PortfolioMatrix(List<ContractRecord> contracts, List<Row> rows, List<VersionStamp> stamps) {

    public PortfolioMatrix {
        contracts = List.copyOf(contracts);
        rows = List.copyOf(rows);
        stamps = stamps == null || stamps.size() != contracts.size()
                ? java.util.Collections.nCopies(contracts.size(), VersionStamp.NONE) : List.copyOf(stamps);
    }

    public PortfolioMatrix(List<ContractRecord> contracts, List<Row> rows) {
        this(contracts, rows, null);
    }

    /** One clause across the contracts; a null cell means that contract's audit has no finding for the clause. */
    public record Row(String clauseId, String title, List<Status> cells, boolean differs) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }
}

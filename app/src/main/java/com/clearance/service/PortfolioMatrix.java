package com.clearance.service;

import com.clearance.domain.Status;
import com.clearance.persistence.ContractRecord;

import java.util.List;

/** Contracts side by side, one row per clause; a row differs when its contracts do not all share one status. */
public record PortfolioMatrix(List<ContractRecord> contracts, List<Row> rows) {

    public PortfolioMatrix {
        contracts = List.copyOf(contracts);
        rows = List.copyOf(rows);
    }

    /** One clause across the contracts; a null cell means that contract's audit has no finding for the clause. */
    public record Row(String clauseId, String title, List<Status> cells, boolean differs) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }
}

package com.clearance.ui;

import com.clearance.service.ContractOverview;

/** An audited contract a launch can link to: its workbench id and how the list shows it. */
public record ContractChoice(long id, String label) {

    static ContractChoice of(ContractOverview o) {
        return new ContractChoice(o.contract().id(), o.contract().vendor() + " — " + o.contract().documentName()
                + " (score " + o.latestAudit().score() + ")");
    }

    @Override
    public String toString() {
        return label;
    }
}

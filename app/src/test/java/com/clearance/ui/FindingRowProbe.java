package com.clearance.ui;

import javafx.scene.control.TableView;

/** Lets UI tests in other packages read the scorecard rows (FindingRow's accessors are public, the cast is here). */
public final class FindingRowProbe {

    private FindingRowProbe() {
    }

    public static int firstWithEvidence(TableView<?> table) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (!((FindingRow) table.getItems().get(i)).finding().evidence().isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no finding with evidence");
    }

    public static String clauseId(TableView<?> table, int row) {
        return ((FindingRow) table.getItems().get(row)).clauseId();
    }

    public static String decision(TableView<?> table, String clauseId) {
        return table.getItems().stream().map(FindingRow.class::cast).filter(r -> r.clauseId().equals(clauseId))
                .findFirst().orElseThrow().decisionText();
    }
}

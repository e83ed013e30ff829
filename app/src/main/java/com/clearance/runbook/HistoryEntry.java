package com.clearance.runbook;

import java.time.Instant;

/** One line of an item's audit trail: checked, waived, reopened or attached, by whom, when and with what detail. */
public record HistoryEntry(String itemId, String action, String actor, Instant at, String detail) {
}

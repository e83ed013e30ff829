package com.clearance.runbook;

/**
 * A word or phrase that points to (or, as a negative cue, away from) a ticket category. A word ending in {@code *}
 * matches every word starting with it; a phrase matches consecutive words.
 */
public record Signal(String match, double weight) {
}

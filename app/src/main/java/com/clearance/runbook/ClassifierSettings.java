package com.clearance.runbook;

/**
 * How tickets are scored: the category given when nothing scores at least {@code minScore}, and how many times a
 * signal found in the summary counts (the summary usually names the main topic).
 */
public record ClassifierSettings(String fallbackCategory, double minScore, double summaryWeight) {
}

package com.clearance.runbook;

/**
 * How tickets are scored: the category given when nothing scores at least {@code minScore}, how many times a signal
 * found in the summary counts (the summary usually names the main topic), and how much the likeness to the
 * template's example tickets adds (0 = signals only).
 */
public record ClassifierSettings(String fallbackCategory, double minScore, double summaryWeight, double exampleWeight) {

    public ClassifierSettings(String fallbackCategory, double minScore, double summaryWeight) {
        this(fallbackCategory, minScore, summaryWeight, 0);
    }
}

package com.clearance.service;

import com.clearance.domain.Status;

import java.util.Map;

/** What the workbench shows about one clause of the library: why it matters, its bars, the language to ask for. */
public record ClauseInfo(String id, String title, String category, double weight, String why,
                         Map<Status, String> bars, String preferredLanguage, String fallbackLanguage) {

    public ClauseInfo {
        bars = Map.copyOf(bars);
    }
}

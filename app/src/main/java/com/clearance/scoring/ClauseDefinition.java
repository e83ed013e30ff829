package com.clearance.scoring;

import com.clearance.domain.Status;

import java.util.List;

/**
 * One clause of the library as the engine reads it. Rules are tried in order for each candidate sentence; the first
 * that matches gives the sentence's status. When none matches, {@code otherwise} applies (null: the sentence is
 * topical but decides nothing).
 */
public record ClauseDefinition(
        String id,
        String title,
        String category,
        double weight,
        String why,
        String lookedFor,
        TopicSignals signals,
        List<StatusRule> rules,
        Status otherwise,
        String otherwiseRationale,
        Recommendation recommendation) {

    public ClauseDefinition {
        rules = List.copyOf(rules);
    }
}

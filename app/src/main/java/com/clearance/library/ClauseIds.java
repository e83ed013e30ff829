package com.clearance.library;

import java.util.Set;

/**
 * The clause ids of the AI clause library (docs CLAUSE-BARS). Runbook items may only refer to these; a loader of the
 * clause library can pass its own set to {@link ChecklistLoader} instead.
 */
public final class ClauseIds {

    public static final Set<String> STANDARD = Set.of("training-use", "model-substitution", "data-residency",
            "data-retention", "subprocessors", "output-ownership", "ip-indemnity", "safety-change-notice",
            "notice-channel", "security-incident", "confidentiality", "human-review", "performance-sla",
            "price-change", "audit-rights", "liability-cap", "exit-portability");

    private ClauseIds() {
    }
}

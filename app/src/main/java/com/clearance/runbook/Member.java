package com.clearance.runbook;

/** A person on a launch team and the role they play (launch-manager, eng-lead, privacy-reviewer, ...). */
public record Member(String name, String role) {

    /** Parses "Ana:launch-manager". */
    public static Member parse(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new IllegalArgumentException("'" + spec + "' is not name:role (e.g. Ana:launch-manager)");
        }
        return new Member(spec.substring(0, colon).trim(), spec.substring(colon + 1).trim());
    }
}

package com.clearance.scoring;

/** What a sentence does with a right: forbids it, grants it, obliges it, or none of these. */
public enum Modality {
    PROHIBITION("prohibition"), PERMISSION("permission"), OBLIGATION("obligation"), NONE("no-modality");

    private final String token;

    Modality(String token) { this.token = token; }

    /** The feature name rules use for this modality. */
    public String token() { return token; }
}

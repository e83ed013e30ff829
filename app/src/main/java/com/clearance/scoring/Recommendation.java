package com.clearance.scoring;

/** The language to ask for when a contract falls short: our preferred drafting and an acceptable fallback. */
public record Recommendation(String preferred, String fallback) {

    public String asText() {
        return "Preferred: " + preferred.strip() + " Fallback: " + fallback.strip();
    }
}

package com.clearance.ui;

/**
 * Splits the engine's score explanation into a headline (before the first colon) and the per-clause breakdown (one
 * clause per line), so the scorecard shows the sum up front and the arithmetic on demand.
 */
final class ScoreText {

    private ScoreText() {
    }

    static String headline(String explanation) {
        if (explanation == null) {
            return "";
        }
        int colon = explanation.indexOf(':');
        return colon < 0 ? explanation : explanation.substring(0, colon) + ".";
    }

    static String breakdown(String explanation) {
        if (explanation == null) {
            return "";
        }
        int colon = explanation.indexOf(':');
        String rest = colon < 0 ? explanation : explanation.substring(colon + 1);
        return String.join("\n", java.util.Arrays.stream(rest.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }
}

package com.clearance.runbook;

import java.util.List;

/** A compiled {@link Signal}: finds where its word or phrase first occurs in a list of words. */
final class SignalMatcher {

    private final Signal signal;
    private final String[] words;
    private final boolean[] prefix;

    SignalMatcher(Signal signal) {
        this.signal = signal;
        List<String> parts = List.of(signal.match().trim().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        words = new String[parts.size()];
        prefix = new boolean[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            prefix[i] = p.endsWith("*");
            words[i] = prefix[i] ? p.substring(0, p.length() - 1) : p;
        }
    }

    Signal signal() {
        return signal;
    }

    /** Index of the first word of the first occurrence, or -1. */
    int firstIn(List<String> tokens) {
        outer:
        for (int start = 0; start + words.length <= tokens.size(); start++) {
            for (int k = 0; k < words.length; k++) {
                if (!wordMatches(k, tokens.get(start + k))) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }

    /** A word matches a token, or one part of a hyphenated token ("korean" in "korean-speaking"). */
    private boolean wordMatches(int k, String token) {
        if (prefix[k] ? token.startsWith(words[k]) : token.equals(words[k])) {
            return true;
        }
        if (token.indexOf('-') < 0 || words[k].indexOf('-') >= 0) {
            return false;
        }
        for (String part : token.split("-")) {
            if (prefix[k] ? part.startsWith(words[k]) : part.equals(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** The words actually matched at {@code start}, for evidence ("costs" rather than "cost*"). */
    String matchedText(List<String> tokens, int start) {
        return String.join(" ", tokens.subList(start, start + words.length));
    }
}

package com.clearance.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-cases text and splits it into words; apostrophes and hyphens inside a word keep it whole ("can't", "fine-tuned"). */
final class Tokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*");

    private Tokens() {
    }

    static List<String> of(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}

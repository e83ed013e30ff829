package com.clearance.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A copied row's parts as fingerprints under a key ("vendor", "decision training-use", "link 12"...), the form
 * {@link ThreeWayMerge} compares and {@code copied_rows.copied_state} keeps. Values are read the same way from H2
 * and PostgreSQL, so one row copied verbatim has one fingerprint on both.
 */
final class CopiedState {

    private CopiedState() {
    }

    /** A fingerprint of the values, in order; a change to any of them changes it. */
    static String fingerprint(Object... values) {
        StringBuilder text = new StringBuilder();
        for (Object v : values) {
            text.append(plain(v)).append('\u001f');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String plain(Object v) {
        if (v == null) {
            return "\u0000";
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return v.toString();
    }

    /** One "key TAB fingerprint" line per part; keys are ids and never hold a tab or a line break. */
    static String encode(Map<String, String> state) {
        StringBuilder out = new StringBuilder();
        state.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        return out.toString();
    }

    static Optional<Map<String, String>> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Map<String, String> state = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                state.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return Optional.of(state);
    }
}

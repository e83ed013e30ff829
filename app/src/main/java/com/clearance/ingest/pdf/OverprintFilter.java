package com.clearance.ingest.pdf;

import java.util.Arrays;

/**
 * Spots a glyph drawn again on top of itself (fake bold, or a line written twice by a converter) so its text is kept
 * once. Positions are bucketed on a half-point grid and the 3x3 neighbourhood is looked up in an open-addressing
 * table of longs: constant time per glyph, where PDFBox's own check walks sorted maps and dominated extraction time.
 */
final class OverprintFilter {

    private static final float CELL = 0.5f;
    private static final long EMPTY = 0;
    private long[] table = new long[1 << 14];
    private int size;

    /** Forgets all glyphs; call at each new page. */
    void clear() {
        if (size > 0) {
            Arrays.fill(table, EMPTY);
            size = 0;
        }
    }

    /** True when the same text was already drawn within about half a point; otherwise remembers it. */
    boolean isRepeat(String unicode, float x, float y) {
        if (unicode == null || unicode.isEmpty() || unicode.isBlank()) {
            return false;
        }
        int glyph = unicode.length() == 1 ? unicode.charAt(0) : (unicode.hashCode() & 0xFFFF);
        int qx = Math.round(x / CELL);
        int qy = Math.round(y / CELL);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (contains(key(glyph, qx + dx, qy + dy))) {
                    return true;
                }
            }
        }
        add(key(glyph, qx, qy));
        return false;
    }

    private static long key(int glyph, int qx, int qy) {
        // 16 bits of glyph, 23 bits each of x and y cells; never 0 because bit 63 is set
        return Long.MIN_VALUE | ((long) glyph << 46) | ((long) (qx & 0x7FFFFF) << 23) | (qy & 0x7FFFFF);
    }

    private boolean contains(long key) {
        int mask = table.length - 1;
        for (int i = mix(key) & mask; table[i] != EMPTY; i = (i + 1) & mask) {
            if (table[i] == key) {
                return true;
            }
        }
        return false;
    }

    private void add(long key) {
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = mix(key) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != EMPTY) {
                add(k);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

package com.clearance.library;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The characters one regex atom can match, enough to tell whether two atoms could match the same character.
 * Latin-1 characters are kept exactly; every other character shares one slot, so two different non-Latin-1
 * characters look alike. That errs towards "they overlap", the safe side for the risk check.
 */
final class RegexCharSet {

    private static final int OTHER = 256;
    private static final int SIZE = OTHER + 1;
    /** Characters past Latin-1 that stand for the shared slot when a class is tried out. */
    private static final String OTHER_SAMPLES = "\u2019\u201c\u2013\u0100\u0430\u4e00";

    private final BitSet bits;

    private RegexCharSet(BitSet bits) {
        this.bits = bits;
    }

    static RegexCharSet none() {
        return new RegexCharSet(new BitSet(SIZE));
    }

    static RegexCharSet any() {
        BitSet b = new BitSet(SIZE);
        b.set(0, SIZE);
        return new RegexCharSet(b);
    }

    static RegexCharSet of(int c) {
        BitSet b = new BitSet(SIZE);
        b.set(Math.min(c, OTHER));
        return new RegexCharSet(b);
    }

    static RegexCharSet range(int from, int to) {
        BitSet b = new BitSet(SIZE);
        if (from < OTHER) b.set(from, Math.min(to, OTHER - 1) + 1);
        if (to >= OTHER) b.set(OTHER);
        return new RegexCharSet(b);
    }

    /**
     * What an escape class such as \w, \p{L} or \S matches under the flags the audit compiles with, found by asking
     * {@code java.util.regex} itself; null when the class cannot be compiled on its own.
     */
    static RegexCharSet ofClass(String escape) {
        Pattern p;
        try {
            p = Pattern.compile(escape);
        } catch (RuntimeException e) {
            return null;
        }
        BitSet b = new BitSet(SIZE);
        for (int c = 0; c < OTHER; c++) {
            if (p.matcher(String.valueOf((char) c)).matches()) b.set(c);
        }
        for (char c : OTHER_SAMPLES.toCharArray()) {
            if (p.matcher(String.valueOf(c)).matches()) b.set(OTHER);
        }
        return new RegexCharSet(b);
    }

    /** Any character except a line break, as '.' matches. */
    static RegexCharSet dot() {
        RegexCharSet s = any();
        s.bits.clear('\n');
        return s;
    }

    RegexCharSet union(RegexCharSet other) {
        BitSet b = (BitSet) bits.clone();
        b.or(other.bits);
        return new RegexCharSet(b);
    }

    /** Both cases of every letter in the set, for a case-insensitive pattern. */
    RegexCharSet withBothCases() {
        BitSet b = (BitSet) bits.clone();
        for (int c = bits.nextSetBit(0); c >= 0 && c < OTHER; c = bits.nextSetBit(c + 1)) {
            int lower = Character.toLowerCase(c);
            int upper = Character.toUpperCase(c);
            b.set(lower < OTHER ? lower : OTHER);
            b.set(upper < OTHER ? upper : OTHER);
        }
        return new RegexCharSet(b);
    }

    RegexCharSet complement() {
        BitSet b = (BitSet) bits.clone();
        b.flip(0, OTHER);
        b.set(OTHER); // the shared slot stands for many characters: some are always left either way
        return new RegexCharSet(b);
    }

    boolean overlaps(RegexCharSet other) {
        return bits.intersects(other.bits);
    }
}

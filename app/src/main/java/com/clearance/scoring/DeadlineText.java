package com.clearance.scoring;

/**
 * A sentence as the regex engine reads it, with a time limit: every {@value #CHECK_EVERY} characters read it looks
 * at the clock and throws {@link Expired} once the match has run longer than its budget. A library pattern that
 * backtracks without end on one sentence then fails that match instead of hanging the audit. Normal matches read
 * far fewer characters than the first check, so they never touch the clock.
 */
final class DeadlineText implements CharSequence {

    /** Characters read between two looks at the clock. */
    static final int CHECK_EVERY = 1 << 14;

    /** Thrown when the budget is spent; carries no stack trace (it is control flow, caught one level up). */
    static final class Expired extends RuntimeException {
        Expired() {
            super("the match ran out of time", null, false, false);
        }
    }

    private final String text;
    private final long budgetNanos;
    private long deadline;
    private int countdown = CHECK_EVERY;

    DeadlineText(String text, long budgetNanos) {
        this.text = text;
        this.budgetNanos = budgetNanos;
    }

    @Override
    public char charAt(int index) {
        if (--countdown <= 0) {
            tick();
        }
        return text.charAt(index);
    }

    private void tick() {
        countdown = CHECK_EVERY;
        long now = System.nanoTime();
        if (deadline == 0) {
            deadline = now + budgetNanos; // the clock starts at the first check: a short match costs no clock read
        } else if (now - deadline > 0) {
            throw new Expired();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}

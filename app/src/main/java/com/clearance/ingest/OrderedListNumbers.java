package com.clearance.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.StringJoiner;

/**
 * Numbers Markdown list items the way the contract means them: an ordered item nested (by indentation) in another
 * ordered item is cited with both numbers, so "2." inside "1." becomes "1.2". Bullets break the chain.
 */
final class OrderedListNumbers {

    private record Level(int indent, String number) {
    }

    private final Deque<Level> open = new ArrayDeque<>(); // innermost first

    /** Records a list item; returns the number to print for an ordered item, or null for a bullet. */
    String item(int indent, String number) {
        while (!open.isEmpty() && open.peek().indent() >= indent) {
            open.pop();
        }
        open.push(new Level(indent, number));
        if (number == null) {
            return null;
        }
        StringJoiner joined = new StringJoiner(".");
        for (Iterator<Level> it = open.descendingIterator(); it.hasNext(); ) {
            String n = it.next().number();
            if (n == null) {
                return number; // nested in a bullet: the number stands alone
            }
            joined.add(n);
        }
        return joined.toString();
    }

    void clear() {
        open.clear();
    }
}

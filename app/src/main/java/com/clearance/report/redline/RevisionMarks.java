package com.clearance.report.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who made the tracked changes and when, and the ids Word needs: every w:ins and w:del carries a unique w:id, its
 * author and date.
 */
final class RevisionMarks {

    private final String author;
    private final String date;
    private int nextId;

    RevisionMarks(String author, Instant when, int firstId) {
        this.author = author;
        this.date = when.truncatedTo(ChronoUnit.SECONDS).toString();
        this.nextId = firstId;
    }

    String author() {
        return author;
    }

    String date() {
        return date;
    }

    /** A new w:ins or w:del element stamped with id, author and date. */
    Element mark(Node near, String kind) {
        Element e = WordXml.create(near, kind);
        WordXml.attr(e, "id", Integer.toString(nextId++));
        WordXml.attr(e, "author", author);
        WordXml.attr(e, "date", date);
        return e;
    }

    /** The author's initials for Word's comment balloon ("Jane Counsel" → "JC"). */
    String initials() {
        StringBuilder out = new StringBuilder();
        for (String word : author.split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.isEmpty() ? "CL" : out.toString();
    }
}

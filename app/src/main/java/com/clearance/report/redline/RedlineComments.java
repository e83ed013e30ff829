package com.clearance.report.redline;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Word comments on the tracked changes: the comments part (created when the document has none), one comment per
 * proposal with its issue, reason, fallback position and the reviewer's note, anchored with commentRangeStart and
 * commentRangeEnd around the change and a commentReference run after it.
 */
final class RedlineComments {

    /** One labelled line of a comment ("Why: ..."). */
    record Line(String label, String text) {
    }

    private final XWPFComments comments;
    private final RevisionMarks marks;
    private final Calendar when;
    private int nextId;

    RedlineComments(XWPFDocument doc, RevisionMarks marks, Instant instant) {
        this.comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
        this.marks = marks;
        this.when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        this.when.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
        int max = -1;
        for (XWPFComment c : comments.getComments()) {
            try {
                max = Math.max(max, Integer.parseInt(c.getId()));
            } catch (NumberFormatException ignored) {
                // a non-numeric id cannot clash with ours
            }
        }
        this.nextId = max + 1;
    }

    /** Adds the comment and anchors it; returns the run holding the comment reference (the last node written). */
    Element add(TrackedEdit.Anchor anchor, Iterable<Line> lines) {
        BigInteger id = BigInteger.valueOf(nextId++);
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(marks.author());
        comment.setInitials(marks.initials());
        comment.setDate(when);
        for (Line line : lines) {
            XWPFParagraph p = comment.createParagraph();
            if (!line.label().isEmpty()) {
                XWPFRun label = p.createRun();
                label.setBold(true);
                label.setText(line.label() + " ");
            }
            p.createRun().setText(line.text());
        }
        Element p = anchor.paragraph();
        Element start = WordXml.create(p, "commentRangeStart");
        WordXml.attr(start, "id", id.toString());
        p.insertBefore(start, anchor.first());
        Element end = WordXml.create(p, "commentRangeEnd");
        WordXml.attr(end, "id", id.toString());
        WordXml.insertAfter(end, anchor.last());
        Element ref = WordXml.create(p, "r");
        Element refMark = WordXml.create(p, "commentReference");
        WordXml.attr(refMark, "id", id.toString());
        ref.appendChild(refMark);
        WordXml.insertAfter(ref, end);
        return ref;
    }
}

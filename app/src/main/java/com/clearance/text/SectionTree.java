package com.clearance.text;

import com.clearance.domain.Section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Nests sections as they open, in document order, and closes them when a sibling or an outer section opens. Marked
 * headings nest by their level; numbered clauses by numbering ("2.3" under "2", "(b)" under "2.3", dotted sections
 * under an Article); a sub-clause of the same style as an open one is its sibling.
 */
final class SectionTree {

    /** An open section: where it started and how it was numbered. */
    private static final class Open {
        final SectionStart start;
        final String label;
        final SubclauseStyle style;
        final int index;

        Open(SectionStart start, String label, SubclauseStyle style, int index) {
            this.start = start;
            this.label = label;
            this.style = style;
            this.index = index;
        }
    }

    private final Deque<Open> stack = new ArrayDeque<>(); // innermost first
    private final List<Section> sections = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();

    /** Opens a section at {@code offset}, closing those it follows; returns the full number it was given. */
    void open(SectionStart start, int offset, int page) {
        SubclauseStyle style = null;
        if (start.kind() == NumberKind.SUBCLAUSE) {
            style = SubclauseStyle.of(start.numbering().parts().get(0), this::openStyleToken);
            closeForSubclause(style, offset);
        } else {
            while (!stack.isEmpty() && !isParent(stack.peek(), start)) {
                close(offset);
            }
        }
        String label = label(start);
        String heading = start.heading();
        int level = stack.size() + 1;
        sections.add(new Section(label, heading, level, page, offset, offset));
        ends.add(-1);
        String cite = label != null ? label : heading;
        stack.push(new Open(start, cite, style, sections.size() - 1));
    }

    boolean hasSections() {
        return !sections.isEmpty();
    }

    /** Labels of the open sections, outermost first. */
    List<String> path() {
        List<String> path = new ArrayList<>(stack.size());
        for (Iterator<Open> it = stack.descendingIterator(); it.hasNext(); ) {
            String label = it.next().label;
            if (label != null && !label.isBlank()) {
                path.add(label);
            }
        }
        return path;
    }

    /** True when an open section's heading says it holds definitions. */
    boolean inDefinitions() {
        for (Open open : stack) {
            if (open.start.heading().toLowerCase(java.util.Locale.ROOT).contains("definition")) {
                return true;
            }
        }
        return false;
    }

    List<Section> finish(int textEnd) {
        while (!stack.isEmpty()) {
            close(textEnd);
        }
        List<Section> out = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            out.add(new Section(s.number(), s.heading(), s.level(), s.page(), s.start(), Math.max(s.start(), ends.get(i))));
        }
        return out;
    }

    private void close(int offset) {
        Open open = stack.pop();
        ends.set(open.index, offset);
    }

    private boolean isParent(Open top, SectionStart next) {
        SectionStart parent = top.start;
        if (next.markupLevel() > 0) {
            return parent.markupLevel() > 0 && parent.markupLevel() < next.markupLevel();
        }
        if (!parent.numbered()) {
            return parent.markupLevel() > 0;
        }
        NumberKind kind = next.kind();
        return switch (parent.kind()) {
            case SUBCLAUSE -> false;
            case ATTACHMENT, ARTICLE -> kind != parent.kind() && kind != NumberKind.ATTACHMENT
                    && !(kind == NumberKind.ARTICLE && parent.markupLevel() == 0);
            case DOTTED -> kind == NumberKind.DOTTED ? next.numbering().isUnder(parent.numbering())
                    : parent.markupLevel() > 0 && kind != NumberKind.ATTACHMENT;
        };
    }

    /** A sub-clause closes open sub-clauses down to and including its elder sibling of the same style, if open. */
    private void closeForSubclause(SubclauseStyle style, int offset) {
        int depth = 0;
        int siblingDepth = -1;
        for (Open open : stack) {
            if (open.style == null) {
                break;
            }
            if (open.style == style) {
                siblingDepth = depth;
                break;
            }
            depth++;
        }
        for (int i = 0; i <= siblingDepth; i++) {
            close(offset);
        }
    }

    /** The token of the innermost open sub-clause of {@code style}, or null. */
    private String openStyleToken(SubclauseStyle style) {
        for (Open open : stack) {
            if (open.style == null) {
                return null;
            }
            if (open.style == style) {
                return open.start.numbering().parts().get(0);
            }
        }
        return null;
    }

    /** A sub-clause is cited with its parent's number: "(b)" inside 2.3 is "2.3(b)". */
    private String label(SectionStart start) {
        if (!start.numbered()) {
            return null;
        }
        if (start.kind() != NumberKind.SUBCLAUSE) {
            return start.numbering().label();
        }
        for (Open open : stack) {
            if (open.start.numbered()) {
                return open.label + start.numbering().label();
            }
        }
        return start.numbering().label();
    }
}

package com.clearance.text;

import java.util.List;

/**
 * A section number found at the start of a block: the label as printed ("2.3", "Section 7", "(b)"), its kind, its
 * components for nesting ([2, 3]; the sub-clause token for SUBCLAUSE), and where the number ends in the block text.
 */
public record Numbering(String label, NumberKind kind, List<String> parts, int end) {

    public Numbering {
        parts = List.copyOf(parts);
    }

    /** True when this number's parts start with all of {@code parent}'s parts and have more. */
    public boolean isUnder(Numbering parent) {
        if (parent.parts.size() >= parts.size()) {
            return false;
        }
        for (int i = 0; i < parent.parts.size(); i++) {
            if (!parent.parts.get(i).equalsIgnoreCase(parts.get(i))) {
                return false;
            }
        }
        return true;
    }
}

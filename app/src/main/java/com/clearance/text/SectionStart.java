package com.clearance.text;

/**
 * A block that opens a section: its number (null for an unnumbered heading), heading text as printed ("" when none),
 * the heading level the source format marked (0 when it marked none), and where the clause body starts in the block.
 */
public record SectionStart(Numbering numbering, String heading, int markupLevel, int bodyStart) {

    public boolean numbered() {
        return numbering != null;
    }

    public NumberKind kind() {
        return numbering == null ? null : numbering.kind();
    }
}

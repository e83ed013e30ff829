package com.clearance.text;

/** How a section number is printed, which decides how sections nest. */
public enum NumberKind {
    /** "2.3", "1.", "A.1", "Section 7", "Clause 4.2": nests by numeric prefix. */
    DOTTED,
    /** "(b)", "(iv)", "a.": a sub-clause of the nearest numbered section. */
    SUBCLAUSE,
    /** "Article IV", "ARTICLE 4", "Part 2": holds the dotted sections under it. */
    ARTICLE,
    /** "Schedule 2", "Exhibit A", "Annex 1", "Appendix B", "Attachment 3": top level. */
    ATTACHMENT
}

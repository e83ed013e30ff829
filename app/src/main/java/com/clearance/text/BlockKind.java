package com.clearance.text;

/** What a block of extracted text is, as the source format marked it (when it did). */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, FOOTNOTE
}

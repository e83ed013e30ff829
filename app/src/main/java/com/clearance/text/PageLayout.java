package com.clearance.text;

import java.util.List;

/**
 * One page as printed: its size in the units of its word boxes, and its lines of words in reading order. Lets the
 * structurer place each sentence on the page (the box a reviewer sees highlighted on the page image).
 */
public record PageLayout(int page, float width, float height, List<List<LayoutWord>> lines) {

    public PageLayout {
        lines = lines.stream().map(List::copyOf).toList();
    }
}

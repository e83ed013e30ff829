package com.clearance.scoring;

import java.util.List;
import java.util.Set;

/**
 * How a clause finds the sentences that address it: every group in {@code require} must be hit (a group is a set of
 * concepts, any one of which will do), no concept of {@code exclude} may be hit. When {@code headingContext} is set,
 * the section headings above a sentence may supply one of the groups (but never all of them).
 */
public record TopicSignals(List<Set<String>> require, Set<String> exclude, boolean headingContext) {

    public TopicSignals {
        require = require.stream().map(Set::copyOf).toList();
        exclude = Set.copyOf(exclude);
    }
}

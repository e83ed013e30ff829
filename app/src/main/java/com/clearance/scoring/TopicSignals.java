package com.clearance.scoring;

import java.util.List;
import java.util.Set;

/**
 * How a clause finds the sentences that address it: every group in {@code require} must be hit (a group is a set of
 * concepts, any one of which will do), no concept of {@code exclude} may be hit. When {@code headingContext} is set,
 * the section headings above a sentence may supply one of the groups (but never all of them). {@code routes} are
 * further ways in that depend on the agreement as a whole ({@link Route}). {@code softeningScope}, per tag: a sentence
 * carrying the tag softens another only where its scope covers it: when the softened sentence hits some of the listed
 * concepts, the softening one must hit them too, or none of them ("opt out of training" does not soften "may use
 * content to improve the services").
 */
public record TopicSignals(List<Set<String>> require, Set<String> exclude, boolean headingContext, List<Route> routes,
                           java.util.Map<String, Set<String>> softeningScope) {

    public TopicSignals {
        // library order is kept (Set.copyOf would iterate in a different order on every run), so a finding's
        // "searched for ..." words read the same each time
        require = require.stream().map(TopicSignals::ordered).toList();
        exclude = ordered(exclude);
        routes = routes == null ? List.of() : List.copyOf(routes);
        softeningScope = softeningScope == null ? java.util.Map.of() : java.util.Map.copyOf(softeningScope);
    }

    public TopicSignals(List<Set<String>> require, Set<String> exclude, boolean headingContext) {
        this(require, exclude, headingContext, List.of(), java.util.Map.of());
    }

    /**
     * A second way a sentence becomes topical: only when the agreement somewhere says {@code documentHas} (every
     * concept hit by at least one sentence: "the Usage Policy is part of these Terms"), a sentence hitting the route's
     * own groups counts ("we may modify these Terms"). {@code because} says the chain in words for the finding.
     */
    public record Route(List<Set<String>> require, Set<String> documentHas, String because) {
        public Route {
            require = require.stream().map(TopicSignals::ordered).toList();
            documentHas = ordered(documentHas);
        }
    }

    private static Set<String> ordered(Set<String> concepts) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(concepts));
    }
}

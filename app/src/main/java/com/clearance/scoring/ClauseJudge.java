package com.clearance.scoring;

import com.clearance.domain.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Applies one clause definition to every sentence of a document and returns the verdicts of those that decide. */
final class ClauseJudge {

    private ClauseJudge() {
    }

    static List<SentenceVerdict> judge(ClauseDefinition clause, DocumentFeatures doc) {
        return judge(clause, doc, () -> { });
    }

    /** Checkpoints between sentences so a long document's clause can be stopped (cancel) within a moment. */
    private static final int CHECK_EVERY = 1000;

    static List<SentenceVerdict> judge(ClauseDefinition clause, DocumentFeatures doc, Runnable checkpoint) {
        List<SentenceVerdict> verdicts = new ArrayList<>();
        java.util.Map<SentenceVerdict, SentenceFeatures> units = new java.util.IdentityHashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            if (i % CHECK_EVERY == 0) {
                checkpoint.run();
            }
            SentenceFeatures f = doc.get(i);
            Object route = route(clause.signals(), f);
            if (route == null) continue;
            SentenceVerdict v = verdict(clause, f, f.sentenceIndex(), route);
            if (v != null) {
                verdicts.add(v);
                units.put(v, f);
            }
        }
        java.util.Map<String, Set<String>> scopes = clause.signals().softeningScope();
        return soften(verdicts, scopes.isEmpty() ? null : (softener, softened) -> {
            Set<String> scope = scopes.get(softener.rule().tag());
            return scope == null || covers(scope, units.get(softener), units.get(softened));
        });
    }

    /** Whether the softening sentence's scope covers the softened one's (see {@link TopicSignals#softeningScope}). */
    static boolean covers(Set<String> scope, SentenceFeatures softener, SentenceFeatures softened) {
        if (softener == null || softened == null) return true;
        boolean softenerHitsAny = false;
        boolean softenedHitsAny = false;
        for (String c : scope) {
            boolean a = softener.has(c);
            boolean b = softened.has(c);
            if (a && b) return true;
            softenerHitsAny |= a;
            softenedHitsAny |= b;
        }
        // disjoint scopes ("opt out of training" against "use to improve the services") do not soften
        return !(softenerHitsAny && softenedHitsAny);
    }

    static List<SentenceVerdict> soften(List<SentenceVerdict> verdicts) {
        return soften(verdicts, null);
    }

    /** The verdict of one sentence (empty when it is not a candidate or decides nothing). */
    static List<SentenceVerdict> judge(ClauseDefinition clause, DocumentFeatures doc, int i) {
        SentenceFeatures f = doc.get(i);
        Object route = route(clause.signals(), f);
        if (route == null) return List.of();
        SentenceVerdict v = verdict(clause, f, f.sentenceIndex(), route);
        return v == null ? List.of() : List.of(v);
    }

    /**
     * Verdicts whose rule is softened by a tag some other verdict carries: adverse ones become weak, and those whose
     * rule says {@code softenedTo: ignore} drop out whatever their status.
     */
    static List<SentenceVerdict> soften(List<SentenceVerdict> verdicts,
                                        java.util.function.BiPredicate<SentenceVerdict, SentenceVerdict> covers) {
        // tag -> the sentences carrying it; the first one's words explain a softened finding
        java.util.Map<String, List<SentenceVerdict>> tagged = new java.util.LinkedHashMap<>();
        for (SentenceVerdict v : verdicts) {
            if (v.rule() != null && v.rule().tag() != null) {
                tagged.computeIfAbsent(v.rule().tag(), k -> new ArrayList<>()).add(v);
            }
        }
        if (tagged.isEmpty()) return verdicts;
        List<SentenceVerdict> out = new ArrayList<>(verdicts.size());
        for (SentenceVerdict v : verdicts) {
            SentenceVerdict softener = null;
            String by = null;
            if (v.rule() != null) {
                for (String tag : v.rule().softenedBy()) {
                    for (SentenceVerdict t : tagged.getOrDefault(tag, List.of())) {
                        if (covers == null || covers.test(t, v)) {
                            softener = t;
                            break;
                        }
                    }
                    if (softener != null) {
                        by = tag;
                        break;
                    }
                }
            }
            if (by != null && v.rule().softenedAway()) {
                continue; // the tagged sentence decides instead (any status)
            }
            out.add(by == null || v.status() != Status.ADVERSE ? v : v.softened(softener.rationale()));
        }
        return out;
    }

    /** Topic test: the clause's own groups, or one of its whole-agreement routes. */
    static boolean isCandidate(TopicSignals signals, SentenceFeatures f) {
        return route(signals, f) != null;
    }

    /** The way the sentence is topical: {@link #DIRECT}, a route of the clause, or null when it is not. */
    static Object route(TopicSignals signals, SentenceFeatures f) {
        if (outOfScope(f)) return null;
        if (hitsGroups(signals.require(), signals.headingContext(), f) && passes(signals, f)) return DIRECT;
        for (TopicSignals.Route r : signals.routes()) {
            if (documentHas(r, f) && hitsGroups(r.require(), signals.headingContext(), f) && passes(signals, f)) return r;
        }
        return null;
    }

    static final Object DIRECT = new Object();

    private static boolean documentHas(TopicSignals.Route r, SentenceFeatures f) {
        for (String c : r.documentHas()) {
            if (f.scope() == null || !f.scope().has(c)) return false;
        }
        return true;
    }

    private static boolean passes(TopicSignals signals, SentenceFeatures f) {
        for (String ex : signals.exclude()) {
            if (f.has(ex)) return false;
        }
        return !f.hitsConcept(Vocabulary.CROSS_REFERENCE);
    }

    /**
     * Terms judged are those of a paying business customer of the generally available service: a sentence whose own
     * subject, or whose section, is a free plan, trial, pilot, beta or preview decides nothing.
     */
    static boolean outOfScope(SentenceFeatures f) {
        if (f.hitsConcept(Vocabulary.NAVIGATION)) return true;
        if (f.scope() != null && f.scope().wholeDocumentLimited()) return false;
        if (f.hitsConcept(Vocabulary.OUT_OF_SCOPE)) return true;
        return f.heading() != null && f.heading().hitsConcept(Vocabulary.OUT_OF_SCOPE_HEADING);
    }

    /** Cheap concept checks first, in the order the clause lists its groups. */
    private static boolean hitsGroups(List<Set<String>> require, boolean headingContext, SentenceFeatures f) {
        int fromHeading = 0;
        int fromPrevious = 0;
        int fromSentence = 0;
        for (Set<String> group : require) {
            if (hitsAny(group, f)) {
                fromSentence++;
                continue;
            }
            if (headingContext && fromHeading == 0 && f.heading() != null && hitsAny(group, f.heading())) {
                fromHeading++;
                continue;
            }
            // the anaphora cue first: it is one cheap concept, while the previous sentence's groups are many
            if (f.previous() != null
                    && (fromPrevious == 0 && f.hitsConcept(Vocabulary.ANAPHORA) || f.hitsConcept(Vocabulary.ANAPHORA_FULL))
                    && hitsAny(group, f.previous())) {
                fromPrevious++;
                continue;
            }
            return false;
        }
        return fromSentence > 0 || fromPrevious > 0 && f.hitsConcept(Vocabulary.ANAPHORA_FULL);
    }

    private static boolean hitsAny(Set<String> group, SentenceFeatures f) {
        for (String c : group) {
            if (f.has(c)) return true;
        }
        return false;
    }

    private static SentenceVerdict verdict(ClauseDefinition clause, SentenceFeatures f, int index, Object route) {
        SentenceVerdict v = verdict(clause, f, index);
        if (v == null || !(route instanceof TopicSignals.Route r)) return v;
        // Read through the rest of the agreement: say the chain, and keep the sentence it rests on as evidence.
        int support = -1;
        for (String c : r.documentHas()) {
            support = f.scope().firstHit(c);
            break;
        }
        return new SentenceVerdict(index, v.status(), v.rationale() + " (" + r.because() + ")", v.tentative(), v.rule(),
                support);
    }

    private static SentenceVerdict verdict(ClauseDefinition clause, SentenceFeatures f, int index) {
        for (StatusRule rule : clause.rules()) {
            if (rule.when().test(f)) {
                return rule.status() == null ? null
                        : new SentenceVerdict(index, rule.status(), rule.rationale(), rule.tentative(), rule);
            }
        }
        return clause.otherwise() == null ? null
                : new SentenceVerdict(index, clause.otherwise(), clause.otherwiseRationale(), true, null);
    }

    /**
     * The clause's status: the weakest firm verdict (adverse over weak over protective); when there are only
     * tentative verdicts, the weakest of those; MISSING when there are none.
     */
    static Status decide(List<SentenceVerdict> verdicts) {
        Status firm = Status.MISSING;
        Status tentative = Status.MISSING;
        for (SentenceVerdict v : verdicts) {
            if (v.tentative()) {
                tentative = Status.weaker(tentative, v.status());
            } else {
                firm = Status.weaker(firm, v.status());
            }
        }
        return firm != Status.MISSING ? firm : tentative;
    }

    /** True when this verdict took part in the decision (firm ones decide whenever any exists). */
    static boolean decisive(SentenceVerdict v, List<SentenceVerdict> all) {
        return !v.tentative() || all.stream().allMatch(SentenceVerdict::tentative);
    }
}

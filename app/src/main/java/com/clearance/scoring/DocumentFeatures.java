package com.clearance.scoring;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;
import com.clearance.domain.Section;
import com.clearance.domain.Sentence;
import com.clearance.domain.WorkProgress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-sentence features for one document. The document's defined terms join the vocabulary first: a term whose
 * definition reads as customer content is matched as customer content from then on, a "Usage Data"-like term as
 * non-content. Each sentence also sees the headings of the sections around it.
 */
public final class DocumentFeatures {

    private final ContractDocument document;
    private final List<SentenceFeatures> features;
    private final Map<String, List<String>> joinedTerms;

    private DocumentFeatures(ContractDocument document, List<SentenceFeatures> features,
                             Map<String, List<String>> joinedTerms) {
        this.document = document;
        this.features = features;
        this.joinedTerms = joinedTerms;
    }

    private int sectionCount = -1;

    /** Sentences read (a sentence split into list items counts once). */
    public int sentenceCount() {
        return document.sentences().size();
    }

    /** Distinct sections the sentences sit in; computed once, for the "what was searched" of missing findings. */
    public int sectionCount() {
        if (sectionCount < 0) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Sentence s : document.sentences()) {
                if (s.section() != null && !s.section().isBlank()) seen.add(s.section());
            }
            sectionCount = seen.size();
        }
        return sectionCount;
    }

    /** The document's own defined terms that joined each concept ("Customer Content" to outputs-term). */
    public Map<String, List<String>> joinedTerms() {
        return joinedTerms;
    }

    public static DocumentFeatures of(ContractDocument document, ConceptIndex shared, Vocabulary vocabulary) {
        return of(document, shared, vocabulary, WorkProgress.NONE);
    }

    /** The stage name reported while sentences are read. */
    public static final String STAGE = "reading sentences";
    private static final int PROGRESS_EVERY = 500;

    /** As {@link #of(ContractDocument, ConceptIndex, Vocabulary)}, telling {@code progress} every few hundred sentences. */
    public static DocumentFeatures of(ContractDocument document, ConceptIndex shared, Vocabulary vocabulary,
                                      WorkProgress progress) {
        progress.step(STAGE, 0, document.sentences().size());
        ConceptIndex base = shared.forDocument();
        Map<String, List<String>> termConcepts = definedTermConcepts(document.definedTerms(), base, vocabulary);
        ConceptIndex index = base.withExtraTerms(termConcepts);
        List<Sentence> sentences = document.sentences();
        Map<String, List<String>> members = MembershipReader.memberships(document, index, vocabulary, termConcepts);
        if (!members.isEmpty()) {
            members.forEach((c, terms) -> termConcepts.computeIfAbsent(c, k -> new ArrayList<>()).addAll(terms));
            index = base.withExtraTerms(termConcepts);
        }
        final ConceptIndex finalIndex = index;
        DocumentScope scope = new DocumentScope();
        CrossReferences references = CrossReferences.of(document.sections());
        PartyReader parties = PartyReader.of(document);
        List<SentenceFeatures> out = new ArrayList<>(sentences.size());
        List<Section> sections = new ArrayList<>(document.sections());
        sections.sort(Comparator.comparingInt(Section::start));
        Map<String, SentenceFeatures> headingCache = new HashMap<>();
        List<Section> active = new ArrayList<>();
        int next = 0;
        String leadIn = null;
        int leadInIndex = -1;
        Referents referents = new Referents();
        SentenceFeatures heading = null;
        for (int si = 0; si < sentences.size(); si++) {
            if (si % PROGRESS_EVERY == 0 && si > 0) {
                progress.step(STAGE, si, sentences.size());
            }
            Sentence s = sentences.get(si);
            boolean changed = false;
            while (next < sections.size() && sections.get(next).start() <= s.start()) {
                active.add(sections.get(next++));
                changed = true;
            }
            changed |= active.removeIf(sec -> sec.end() <= s.start());
            if (changed) {
                String headings = headingText(active);
                heading = headings.isEmpty() ? null
                        : headingCache.computeIfAbsent(headings, h -> new SentenceFeatures(h, finalIndex, null));
            }
            String own = parties.read(references.resolve(TextNormalizer.normalize(s.text())));
            SentenceFeatures previous = si == 0 || !sameOrSibling(sentences.get(si - 1).sectionPath(), s.sectionPath())
                    || out.isEmpty() ? null : out.get(out.size() - 1);
            String read = leadIn == null ? own : leadIn + " " + own;
            SentenceFeatures referent = referents.referent(read, s.sectionPath());
            if (referent != null) previous = referent;
            for (String unit : InlineList.units(read)) {
                SentenceFeatures f = new SentenceFeatures(foldListCommas(unit), finalIndex, heading, previous);
                referents.saw(f, unit, s.sectionPath());
                f.scope(scope);
                f.sentenceIndex(si);
                if (leadIn != null) f.leadInIndex(leadInIndex);
                out.add(f);
            }
            if (own.endsWith(":")) leadInIndex = si; // the sentence nextLeadIn makes the new lead-in
            leadIn = nextLeadIn(leadIn, own);
        }
        scope.attach(out);
        return new DocumentFeatures(document, out, termConcepts);
    }

    private static final java.util.regex.Pattern LIST_COMMA = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N})]), (?=[\\p{L}\\p{N}(])");

    /**
     * Words in a run ("to provide, operate, maintain, improve and administer the Service") read as a phrase, so a
     * pattern's word window spans the list; the first word keeps its comma ("No, never.").
     */
    static String foldListCommas(String text) {
        int firstSpace = text.indexOf(' ');
        if (firstSpace < 0 || text.indexOf(", ", firstSpace) < 0) return text;
        return text.substring(0, firstSpace) + LIST_COMMA.matcher(text.substring(firstSpace)).replaceAll(" ");
    }

    /**
     * List items read with their lead-in: after a sentence ending in a colon ("Provider shall not:"), each following
     * item carries the lead-in's words until an item ends a sentence (a full stop rather than ";", "and" or "or").
     */
    static String nextLeadIn(String current, String own) {
        if (own.endsWith(":")) return own.length() > 400 ? own.substring(own.length() - 400) : own;
        if (current == null) return null;
        boolean continues = own.endsWith(";") || own.endsWith(",") || own.endsWith("; and") || own.endsWith("; or")
                || own.endsWith(" and") || own.endsWith(" or");
        return continues ? current : null;
    }

    /** Same section, or sibling sections under one parent ("7.1" then "7.2"). */
    static boolean sameOrSibling(List<String> a, List<String> b) {
        if (a.equals(b)) return true;
        return a.size() == b.size() && !a.isEmpty() && a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1));
    }

    private static String headingText(List<Section> active) {
        StringBuilder sb = new StringBuilder();
        for (Section sec : active) {
            if (sec.heading() != null && !sec.heading().isBlank()) {
                if (sb.length() > 0) sb.append(" / ");
                sb.append(sec.heading());
            }
        }
        return sb.length() == 0 ? "" : TextNormalizer.normalize(sb.toString());
    }

    /** Which defined terms extend which concept: the term's own name decides first, then its definition. */
    static Map<String, List<String>> definedTermConcepts(List<DefinedTerm> terms, ConceptIndex base, Vocabulary vocabulary) {
        Map<String, List<String>> extra = new LinkedHashMap<>();
        for (DefinedTerm term : terms) {
            try {
                joinTerm(term, base, vocabulary, extra);
            } catch (PatternTimeoutException e) {
                // the concept is remembered as timed out: the clauses that need it say so; the other terms join
            }
        }
        return extra;
    }

    private static void joinTerm(DefinedTerm term, ConceptIndex base, Vocabulary vocabulary,
                                 Map<String, List<String>> extra) {
        String name = TextNormalizer.normalize(term.term()).replace("\"", "");
        if (name.length() < 3) return;
        SentenceFeatures byName = new SentenceFeatures(name, base, null);
        if (base.knows(Vocabulary.DEFINABLE_TERM) && !byName.hitsConcept(Vocabulary.DEFINABLE_TERM)) return;
        SentenceFeatures byDefinition = new SentenceFeatures(
                TextNormalizer.normalize(term.definition() == null ? "" : term.definition()), base, null);
        // "Content means Input and Output": a use of "Content" is a use of outputs as well
        for (String concept : vocabulary.definedTermAlsoJoins()) {
            if (!byName.hitsConcept(concept) && byDefinition.hitsConcept(concept)) {
                extra.computeIfAbsent(concept, k -> new ArrayList<>()).add(name);
            }
        }
        if (vocabulary.definedTermConcepts().stream().anyMatch(byName::hitsConcept)) return;
        for (String concept : vocabulary.definedTermConcepts()) {
            if (byDefinition.hitsConcept(concept)) {
                extra.computeIfAbsent(concept, k -> new ArrayList<>()).add(name);
                break;
            }
        }
    }

    public ContractDocument document() {
        return document;
    }

    /** Units to read: one per sentence, or one per item of a list run inline in a sentence ({@link InlineList}). */
    public int size() {
        return features.size();
    }

    public SentenceFeatures get(int i) {
        return features.get(i);
    }

    public Sentence sentence(int i) {
        return document.sentences().get(i);
    }
}

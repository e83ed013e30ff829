package com.clearance.scoring;

import java.util.List;

/**
 * The features of one sentence, computed lazily and at most once, shared by every clause: which concepts it hits,
 * its modality, the durations it states, whether it is a definition, and the features of the headings above it.
 */
public final class SentenceFeatures {

    /** A defined term in straight or curly quotes; a definition may name it twice ("SCCs" or "Clauses"). */
    private static final String QUOTED_TERM = "[\"\u201c][^\"\u201c\u201d]{1,60}[\"\u201d]";

    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
            "^(?:[(]?[a-z0-9.]{1,6}[).]?\\s+)?" + QUOTED_TERM + "(?:\\s*(?:,|or|and|and/or)\\s*" + QUOTED_TERM + ")*"
                    + "\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:means|shall mean|has the meaning|refers to|includes)\\b");

    private final String text;
    private final ConceptIndex index;
    private final SentenceFeatures heading;
    private final SentenceFeatures previous;
    private final byte[] state;
    private DocumentScope scope;
    private int sentenceIndex = -1;
    private int leadInIndex = -1;
    private Modality modality;
    private List<Double> durations;

    public SentenceFeatures(String normalizedText, ConceptIndex index, SentenceFeatures heading) {
        this(normalizedText, index, heading, null);
    }

    /** {@code previous}: the sentence before this one in the same or a sibling section ("such changes", "Section 7.1 shall not apply"). */
    public SentenceFeatures(String normalizedText, ConceptIndex index, SentenceFeatures heading,
                            SentenceFeatures previous) {
        this.text = normalizedText;
        this.index = index;
        this.heading = heading;
        this.previous = previous;
        this.state = new byte[index.size()];
    }

    /** Lets {@code doc:<concept>} features see the rest of the agreement. */
    void scope(DocumentScope scope) {
        this.scope = scope;
    }

    DocumentScope scope() {
        return scope;
    }

    void sentenceIndex(int i) {
        this.sentenceIndex = i;
    }

    /** The document sentence this unit was read from (-1 for a heading or a free-standing text). */
    /** The sentence ending in a colon whose words this list item was read with, or -1. */
    void leadInIndex(int i) {
        this.leadInIndex = i;
    }

    public int leadInIndex() {
        return leadInIndex;
    }

    public int sentenceIndex() {
        return sentenceIndex;
    }

    /** The previous sentence (same or sibling section), or null. */
    public SentenceFeatures previous() {
        return previous;
    }

    public String text() {
        return text;
    }

    public SentenceFeatures heading() {
        return heading;
    }

    /** True when the sentence has the feature: a concept, heading:concept, a modality token or "definition". */
    public boolean has(String feature) {
        switch (feature) {
            case "prohibition": return modality() == Modality.PROHIBITION;
            case "permission": return modality() == Modality.PERMISSION;
            case "obligation": return modality() == Modality.OBLIGATION;
            case "no-modality": return modality() == Modality.NONE;
            case "definition": return isDefinition();
            default:
                if (feature.startsWith("doc:")) {
                    return scope != null && scope.has(feature.substring(4));
                }
                if (feature.startsWith("heading:")) {
                    return heading != null && heading.hitsConcept(feature.substring(8));
                }
                return hitsConcept(feature);
        }
    }

    public boolean hitsConcept(String concept) {
        int id = index.id(concept);
        if (id < 0) return false;
        if (state[id] == 0) {
            state[id] = index.matches(id, text, this::stems) ? (byte) 1 : (byte) 2;
        }
        return state[id] == 1;
    }

    /** Double negation grants; a prohibition outranks a bare "may"; an obligation needs no prohibition. */
    public Modality modality() {
        if (modality == null) {
            if (hitsConcept(Vocabulary.CUE_DOUBLE_NEGATION)) {
                modality = Modality.PERMISSION;
            } else if (hitsConcept(Vocabulary.CUE_PROHIBITION)) {
                modality = Modality.PROHIBITION;
            } else if (hitsConcept(Vocabulary.CUE_PERMISSION)) {
                modality = Modality.PERMISSION;
            } else if (hitsConcept(Vocabulary.CUE_OBLIGATION)) {
                modality = Modality.OBLIGATION;
            } else {
                modality = Modality.NONE;
            }
        }
        return modality;
    }

    private String[] stems;

    /** The sentence's words reduced to their stems, for the library's word-form phrases (computed once). */
    String[] stems() {
        if (stems == null) stems = StemPhrase.stems(text);
        return stems;
    }

    public List<Double> durationsHours() {
        if (durations == null) durations = DurationParser.hours(text);
        return durations;
    }

    public boolean isDefinition() {
        return DEFINITION.matcher(text).find();
    }
}

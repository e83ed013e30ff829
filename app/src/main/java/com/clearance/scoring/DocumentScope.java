package com.clearance.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agreement as a whole says: for a concept, the first sentence anywhere in the document that hits it, itself
 * or through its section's heading. Lets a
 * sentence be read against the rest of the agreement ("doc:policy-incorporated"). Computed lazily, once per concept.
 */
final class DocumentScope {

    private List<SentenceFeatures> sentences = List.of();
    private final Map<String, Integer> firstHit = new HashMap<>();

    void attach(List<SentenceFeatures> all) {
        this.sentences = all;
    }

    /** Index (in the document's sentences) of the first sentence hitting the concept, or -1. */
    int firstHit(String concept) {
        Integer cached = firstHit.get(concept);
        if (cached != null) return cached;
        int found = -1;
        for (int i = 0; i < sentences.size(); i++) {
            SentenceFeatures f = sentences.get(i);
            // a section headed "Use Restrictions" says what its sentences are, whatever their own words
            if (f.hitsConcept(concept) || (f.heading() != null && f.heading().hitsConcept(concept))) {
                found = f.sentenceIndex();
                break;
            }
        }
        firstHit.put(concept, found);
        return found;
    }

    boolean has(String concept) {
        return firstHit(concept) >= 0;
    }

    private Boolean wholeDocumentLimited;

    /**
     * True when the agreement as a whole is the trial, pilot or free plan (most of it sits under such a heading): then
     * its terms are the ones judged ("consumer terms with one plan are judged as they stand").
     */
    boolean wholeDocumentLimited() {
        if (wholeDocumentLimited == null) {
            int limited = 0;
            for (SentenceFeatures f : sentences) {
                if (f.heading() != null && f.heading().hitsConcept(Vocabulary.OUT_OF_SCOPE_HEADING)) limited++;
            }
            wholeDocumentLimited = !sentences.isEmpty() && limited * 2 > sentences.size();
        }
        return wholeDocumentLimited;
    }
}

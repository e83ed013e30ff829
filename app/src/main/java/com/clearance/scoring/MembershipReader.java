package com.clearance.scoring;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;
import com.clearance.domain.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Membership chains between defined terms: "Customer Content is Customer's Confidential Information" makes what the
 * agreement says of Confidential Information (return, deletion, disclosure) something it says of customer content.
 * The defined term on the right joins every concept its subject already belongs to.
 */
final class MembershipReader {

    private static final String COPULA = "(?:is|are|constitutes?|will (?:be|constitute)|shall (?:be|constitute)"
            + "|(?:is|are|will be|shall be) (?:deemed|considered|treated as)(?: to be)?)";

    private MembershipReader() {
    }

    static Map<String, List<String>> memberships(ContractDocument document, ConceptIndex index, Vocabulary vocabulary,
                                                 Map<String, List<String>> alreadyJoined) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> texts = null;
        for (DefinedTerm term : document.definedTerms()) {
            String name = TextNormalizer.normalize(term.term()).replace("\"", "");
            if (name.length() < 4 || joinedAnywhere(name, alreadyJoined)) continue;
            try {
                // only data-like terms ("Confidential Information"), never a party ("Customer is the owner of ...")
                if (index.knows(Vocabulary.DEFINABLE_TERM)
                        && !new SentenceFeatures(name, index, null).hitsConcept(Vocabulary.DEFINABLE_TERM)) continue;
                if (texts == null) {
                    texts = new java.util.ArrayList<>(document.sentences().size());
                    for (Sentence s : document.sentences()) texts.add(TextNormalizer.normalize(s.text()));
                }
                join(name, texts, index, vocabulary, out);
            } catch (PatternTimeoutException e) {
                // remembered by the index: the clauses needing the concept say so; the other terms still join
            }
        }
        return out;
    }

    private static void join(String name, List<String> texts, ConceptIndex index, Vocabulary vocabulary,
                             Map<String, List<String>> out) {
        Pattern member = Pattern.compile("^(?:\\W*\\w{1,4}\\W+)?(.{3,80}?) " + COPULA
                + " (?:the |a |part of )?(?:[a-z]+'s |your |its |their )?" + ConceptIndex.literal(name) + "s?\\b");
        for (String text : texts) {
            // cheap tests before the pattern: the term, and some copula
            if (!text.contains(name) || !text.contains(" is ") && !text.contains(" are ")
                    && !text.contains("constitut") && !text.contains(" be ")) continue;
            Matcher m = member.matcher(text);
            if (!m.find()) continue;
            SentenceFeatures subject = new SentenceFeatures(m.group(1), index, null);
            for (String concept : vocabulary.definedTermConcepts()) {
                if (subject.hitsConcept(concept) && !new SentenceFeatures(name, index, null).hitsConcept(concept)) {
                    out.computeIfAbsent(concept, k -> new ArrayList<>()).add(name);
                }
            }
            break;
        }
    }

    private static boolean joinedAnywhere(String name, Map<String, List<String>> joined) {
        return joined.values().stream().anyMatch(l -> l.contains(name));
    }
}

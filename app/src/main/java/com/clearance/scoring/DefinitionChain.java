package com.clearance.scoring;

import com.clearance.domain.ContractDocument;
import com.clearance.domain.DefinedTerm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says in words when a finding rests on the document's own definitions: "'Content' is defined in 1.2 to cover
 * outputs", so a reviewer can follow the chain from the definition to the deciding sentence.
 */
final class DefinitionChain {

    private DefinitionChain() {
    }

    static String explain(ClauseDefinition clause, SentenceVerdict deciding, ContractDocument document,
                          DocumentFeatures features) {
        List<String> links = new ArrayList<>();
        for (Link link : links(clause, deciding, document, features)) {
            links.add("'" + display(link.term(), document) + "' is defined" + where(link.term(), document)
                    + " to cover " + link.concept().replaceAll("-term$", "").replace('-', ' '));
        }
        return links.isEmpty() ? "" : " (read with the definitions: " + String.join("; ", links) + ")";
    }

    /** The sentences that define the terms the deciding sentence was read through: they shaped the finding. */
    static List<Integer> definingSentences(ClauseDefinition clause, SentenceVerdict deciding, ContractDocument document,
                                           DocumentFeatures features) {
        List<Integer> out = new ArrayList<>();
        for (Link link : links(clause, deciding, document, features)) {
            DefinedTerm t = find(link.term(), document);
            if (t == null) continue;
            int index = sentenceAt(document, t.offset());
            if (index >= 0 && index != deciding.sentenceIndex() && !out.contains(index)) out.add(index);
        }
        return out;
    }

    private record Link(String term, String concept) {
    }

    private static List<Link> links(ClauseDefinition clause, SentenceVerdict deciding, ContractDocument document,
                                    DocumentFeatures features) {
        Set<String> used = conceptsUsed(clause, deciding);
        String text = TextNormalizer.normalize(document.sentences().get(deciding.sentenceIndex()).text());
        List<Link> links = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : features.joinedTerms().entrySet()) {
            if (!used.contains(e.getKey())) continue;
            for (String term : e.getValue()) {
                if (!text.contains(term)) continue;
                links.add(new Link(term, e.getKey()));
                if (links.size() >= 2) return links;
            }
        }
        return links;
    }

    private static int sentenceAt(ContractDocument document, int offset) {
        var sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= offset && offset < sentences.get(i).end()) return i;
        }
        return -1;
    }

    private static Set<String> conceptsUsed(ClauseDefinition clause, SentenceVerdict deciding) {
        Set<String> used = new HashSet<>();
        clause.signals().require().forEach(used::addAll);
        clause.signals().routes().forEach(r -> r.require().forEach(used::addAll));
        if (deciding.rule() != null) {
            used.addAll(deciding.rule().when().all());
            used.addAll(deciding.rule().when().any());
        }
        return used;
    }

    private static DefinedTerm find(String normalizedTerm, ContractDocument document) {
        for (DefinedTerm t : document.definedTerms()) {
            if (TextNormalizer.normalize(t.term()).replace("\"", "").equals(normalizedTerm)) return t;
        }
        return null;
    }

    private static String display(String term, ContractDocument document) {
        DefinedTerm t = find(term, document);
        return t == null ? term : t.term();
    }

    private static String where(String term, ContractDocument document) {
        DefinedTerm t = find(term, document);
        if (t == null || t.section() == null || t.section().isBlank()) return "";
        return " in " + t.section();
    }
}

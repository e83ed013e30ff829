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
        Set<String> used = conceptsUsed(clause, deciding);
        String text = TextNormalizer.normalize(document.sentences().get(deciding.sentenceIndex()).text());
        List<String> links = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : features.joinedTerms().entrySet()) {
            if (!used.contains(e.getKey())) continue;
            for (String term : e.getValue()) {
                if (!text.contains(term)) continue;
                links.add("'" + display(term, document) + "' is defined" + where(term, document) + " to cover "
                        + e.getKey().replaceAll("-term$", "").replace('-', ' '));
                if (links.size() >= 2) break;
            }
        }
        return links.isEmpty() ? "" : " (read with the definitions: " + String.join("; ", links) + ")";
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
